namespace HipBot.Shell.Storage;

/// <summary>
/// The word each value of an enum is stored as in a TEXT column with a CHECK constraint: readable in the database, and
/// independent of the enum's names and numbers. A word no one wrote is a broken invariant and throws.
/// </summary>
internal sealed class StoredWords<T>(params (T Value, string Word)[] words) where T : struct, Enum
{
    public string Write(T value) => Array.FindIndex(words, w => w.Value.Equals(value)) is var i and >= 0
        ? words[i].Word
        : throw new ArgumentOutOfRangeException(nameof(value), value, "This value has no stored word.");

    public T Read(string word) => Array.FindIndex(words, w => w.Word == word) is var i and >= 0
        ? words[i].Value
        : throw new InvalidOperationException($"\"{word}\" is not a stored {typeof(T).Name}.");
}
