using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace HipBot.Shell.Hosting;

/// <summary>The one way HipBot registers settings: bound from their section, checked by <see cref="StartupChecks"/> before anything runs.</summary>
internal static class CheckedOptions
{
    public static IServiceCollection AddCheckedOptions<T>(this IServiceCollection services) where T : class, IOptionsSection
    {
        services.AddOptions<T>().BindConfiguration(T.Section).ValidateOnStart();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<T>, ProblemsValidator<T>>());
        // The binder throws on a value it cannot convert, before any validator runs; StartupChecks reads these to say which one.
        services.AddSingleton(new OptionsSectionType(T.Section, typeof(T)));
        return services;
    }

    private sealed class ProblemsValidator<T> : IValidateOptions<T> where T : class, IOptionsSection
    {
        public ValidateOptionsResult Validate(string? name, T options)
        {
            var problems = options.Problems().ToList();
            return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
        }
    }
}

/// <summary>A registered settings section and the options class it binds to.</summary>
internal sealed record OptionsSectionType(string Section, Type Type);
