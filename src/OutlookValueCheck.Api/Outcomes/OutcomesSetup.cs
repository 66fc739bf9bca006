namespace OutlookValueCheck.Api.Outcomes;

internal static class OutcomesSetup
{
    /// <summary>What sellers did after a check, learnt from their Sent Items (Graph; in Development the simulator's mailbox may stand in).</summary>
    public static IServiceCollection AddValueCheckOutcomes(this IServiceCollection services)
    {
        services.AddSingleton<ISentItems, GraphSentItems>();
        services.AddScoped<SentItemsFollowUp>();
        services.AddSingleton<FollowUpQueue>();
        services.AddHostedService(provider => provider.GetRequiredService<FollowUpQueue>());
        return services;
    }
}
