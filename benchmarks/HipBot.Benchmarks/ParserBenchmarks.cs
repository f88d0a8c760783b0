using BenchmarkDotNet.Attributes;
using HipBot.Core.CheckIns;
using HipBot.Core.Setup.Parsing;
using HipBot.Shell.Hosting;

namespace HipBot.Benchmarks;

/// <summary>The check-in parser over what runners really type; each operation is one message.</summary>
[MemoryDiagnoser]
public class CheckInParserBenchmarks
{
    // Taken from CheckInParserTests: plain "done", counts, named exercises, exceptions, days, questions and noise.
    private static readonly string[] Phrasings =
    [
        "done", "DONE!!!", "I did it", "✅", "👍🏽", "all done 🎉", "got it done this morning", "done yesterday",
        "did them last night", "yesterday 3x20", "3x20 done", "3 sets of 20", "three sets of twenty", "2x15 each side",
        "twenty-five reps", "did my hips 3x20 after my run", "3x20 and 2x15", "done 2/3", "2x20 left 3x20 right",
        "clamshells 3x20, side raises 2x20, squats done", "clams 3x20 raises 3x20 squats 2x20", "CLAMS 3X20!!!",
        "clams done, squats 2 x 10", "clams ✅ raises ✅ squats ❌", "did clams and raises, squats later",
        "all but the squats", "everything except clams", "didn't do the squats", "only clams and raises", "rest day 😴",
        "skip", "not yet", "how many sets should I do?", "I ran 10k today", "thanks!",
        "clams and raises done, no time for squats, will try tomorrow morning before work",
    ];

    public const int Count = 36;

    [GlobalSetup]
    public void CheckCount()
    {
        if (Phrasings.Length != Count)
        {
            throw new InvalidOperationException($"Count is {Count} but there are {Phrasings.Length} phrasings.");
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Parse()
    {
        var work = 0;
        foreach (var text in Phrasings)
        {
            work += CheckInParser.Parse(text) is ParsedCheckIn.Unrelated ? 0 : 1;
        }
        return work;
    }
}

/// <summary>The typed answer to "which time zone?": zone ids, aliases, cities, countries and misses.</summary>
[MemoryDiagnoser]
public class TimeZoneAnswerBenchmarks
{
    // Taken from TimeZoneAnswerTests.
    private static readonly string[] Answers =
    [
        "Europe/Berlin", "america/new york", "Asia/Calcutta", "US/Eastern", "berlin", "BERLIN!", "new york city", "NYC",
        "São Paulo", "buenos aires", "Zürich", "St. John's", "kyiv", "indianapolis", "san francisco", "SF", "München",
        "Rio de Janeiro", "India", "UK", "utc+2", "GMT-5", "pacific time", "somewhere nice", "asdfgh",
    ];

    public const int Count = 25;

    [GlobalSetup]
    public void CheckCount()
    {
        if (Answers.Length != Count)
        {
            throw new InvalidOperationException($"Count is {Count} but there are {Answers.Length} answers.");
        }
    }

    [Benchmark(OperationsPerInvoke = Count)]
    public int Parse()
    {
        var found = 0;
        foreach (var text in Answers)
        {
            found += TimeZoneAnswer.Parse(text) is null ? 0 : 1;
        }
        return found;
    }
}
