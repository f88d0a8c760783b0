using HipBot.Shell.Hosting;
using HipBot.Shell.Telegram;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace HipBot.Shell.Logging;

public static class LoggingRegistration
{
    private const string UnredactedKey = "unredacted";

    /// <summary>Checks Logging:Console:FormatterName, the console's format (json for log collectors).</summary>
    public static IServiceCollection AddLogFormat(this IServiceCollection services) => services.AddCheckedOptions<ConsoleLogFormat>();

    /// <summary>
    /// Puts <see cref="RedactingLoggerFactory"/> in front of the registered logger factory, so no provider, whoever
    /// added it, gets a log call that was not scrubbed. Call it after all other logging set-up.
    /// </summary>
    public static IServiceCollection AddRedactedLogging(this IServiceCollection services)
    {
        var factory = services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory) && !d.IsKeyedService)
            ?? throw new InvalidOperationException("No logger factory is registered to put the redaction in front of.");
        services.Remove(factory);
        // The original registration moves to a key, so the container still builds it as before, and disposes it.
        services.Add(factory switch
        {
            { ImplementationInstance: { } instance } => ServiceDescriptor.KeyedSingleton(typeof(ILoggerFactory), UnredactedKey, instance),
            { ImplementationFactory: { } create } => ServiceDescriptor.KeyedSingleton(typeof(ILoggerFactory), UnredactedKey, (sp, _) => create(sp)),
            _ => ServiceDescriptor.KeyedSingleton(typeof(ILoggerFactory), UnredactedKey, factory.ImplementationType!),
        });
        services.AddSingleton<ILoggerFactory>(sp => new RedactingLoggerFactory(
            sp.GetRequiredKeyedService<ILoggerFactory>(UnredactedKey), sp.GetRequiredService<Redaction>()));
        return services;
    }
}
