using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Hosting;

/// <summary>
/// Checks every setting before HipBot touches the database or Telegram, and turns what is wrong into one line for the
/// operator: a <see cref="StartupException"/> naming each bad setting as an environment variable.
/// </summary>
public static class StartupChecks
{
    public static void Run(IServiceProvider services)
    {
        var configuration = services.GetRequiredService<IConfiguration>();
        var unreadable = services.GetServices<OptionsSectionType>().SelectMany(section => Unreadable(configuration, section)).ToList();
        if (unreadable.Count > 0)
        {
            throw new StartupException(string.Join(' ', unreadable));
        }
        try
        {
            services.GetService<IStartupValidator>()?.Validate();
        }
        catch (OptionsValidationException ex)
        {
            throw new StartupException(string.Join(' ', ex.Failures));
        }
        catch (AggregateException ex) when (ex.InnerExceptions.All(e => e is OptionsValidationException))
        {
            throw new StartupException(string.Join(' ', ex.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures)));
        }
    }

    /// <summary>
    /// The settings of <paramref name="section"/> whose text the binder cannot convert ("abc" for a number). Its own message
    /// would be a stack trace that quotes the value; this names the setting and what it must be instead.
    /// </summary>
    private static IEnumerable<string> Unreadable(IConfiguration configuration, OptionsSectionType section)
    {
        var defaults = Activator.CreateInstance(section.Type);
        foreach (var property in section.Type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.CanWrite))
        {
            var setting = configuration.GetSection(section.Section).GetSection(property.Name);
            if (setting.Value is not null && !CanRead(setting, property.PropertyType))
            {
                yield return $"{section.Section}__{property.Name} must be {Kind(property.PropertyType)}, such as {Invariant(property.GetValue(defaults))}.";
            }
        }
    }

    private static bool CanRead(IConfigurationSection setting, Type type)
    {
        try
        {
            setting.Get(type);
            return true;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static string Kind(Type type) => Type.GetTypeCode(Nullable.GetUnderlyingType(type) ?? type) switch
    {
        TypeCode.Double or TypeCode.Single or TypeCode.Decimal => "a number",
        TypeCode.Int16 or TypeCode.Int32 or TypeCode.Int64 or TypeCode.Byte or TypeCode.UInt16 or TypeCode.UInt32 or TypeCode.UInt64 => "a whole number",
        TypeCode.Boolean => "true or false",
        _ => (Nullable.GetUnderlyingType(type) ?? type) == typeof(TimeSpan) ? "a duration" : "a " + type.Name,
    };

    private static string? Invariant(object? value) => value is TimeSpan span ? span.ToString("c", CultureInfo.InvariantCulture) : Convert.ToString(value, CultureInfo.InvariantCulture);
}
