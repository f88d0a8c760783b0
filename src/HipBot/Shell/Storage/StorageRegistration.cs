using HipBot.Shell.Hosting;
using Microsoft.Extensions.DependencyInjection;

namespace HipBot.Shell.Storage;

internal static class StorageRegistration
{
    /// <summary>The SQLite file, its migrations, the stores and the housekeeping that keeps them small.</summary>
    public static IServiceCollection AddStorage(this IServiceCollection services)
    {
        services.AddCheckedOptions<DatabaseOptions>();
        services.AddSingleton<Database>();
        services.AddSingleton<Migrator>();
        services.AddSingleton<InboxStore>();
        services.AddSingleton<OutboxStore>();
        services.AddSingleton<PlanStore>();
        services.AddSingleton<ChatStore>();
        services.AddSingleton<CheckInStore>();
        services.AddSingleton<OutcomeStore>();
        services.AddSingleton<ForgetStore>();
        services.AddSingleton<TurnStore>();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<GroupStore>();
        services.AddSingleton<HousekeepingStore>();
        services.AddSingleton<OperationsStore>();
        services.AddHostedService<Housekeeping>();
        return services;
    }
}
