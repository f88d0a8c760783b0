using HipBot.Shell.Telegram;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Groups;

internal static class GroupsRegistration
{
    /// <summary>Group challenges: who the bot is, who is an admin, the group arm of the handler, and the daily posts.</summary>
    public static IServiceCollection AddGroups(this IServiceCollection services)
    {
        services.AddSingleton<BotIdentity>();
        services.AddSingleton<AdminRoles>();
        services.AddSingleton<GroupUpdates>();
        services.AddSingleton<GroupScheduler>();
        services.AddHostedService(sp => sp.GetRequiredService<GroupScheduler>());
        return services;
    }
}
