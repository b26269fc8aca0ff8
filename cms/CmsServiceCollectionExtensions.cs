using Knowledge.Cms.Accounts;
using Knowledge.Cms.Articles;
using Knowledge.Cms.Auth;
using Knowledge.Cms.Churn;
using Knowledge.Cms.Common;
using Knowledge.Cms.Data;
using Knowledge.Cms.Data.Demo;
using Knowledge.Cms.Events;
using Knowledge.Cms.Languages;
using Knowledge.Cms.Notifications;
using Knowledge.Cms.Search;
using Knowledge.Cms.Sla;
using Knowledge.Cms.Taxonomy;
using Knowledge.Cms.Teams;
using Knowledge.Cms.Tickets;
using Knowledge.Cms.Translation;
using Knowledge.Cms.Jobs;
using Knowledge.Cms.Triage;
using Knowledge.Cms.Triage.KnowledgeMatching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Knowledge.Cms;

public static class CmsServiceCollectionExtensions
{
    /// <summary>The domain: database, services and start-up work. Options come from their named sections.</summary>
    public static IServiceCollection AddKnowledgeCms(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateOnStart();
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section)
            .Validate(o => o.Provider != DatabaseProvider.SqlServer || !string.IsNullOrWhiteSpace(o.ConnectionString),
                "Database:ConnectionString is required when Database:Provider is SqlServer.")
            .ValidateOnStart();
        services.AddOptions<SeedOptions>().BindConfiguration(SeedOptions.Section).ValidateOnStart();
        services.AddOptions<ContentOptions>().BindConfiguration(ContentOptions.Section)
            .Validate(o => o.MaxBodyBytes is > 0 and <= 16 * 1024 * 1024 && o.ReviewIntervalDays > 0, "Content:MaxBodyBytes must be 1 B–16 MB and Content:ReviewIntervalDays positive.")
            .ValidateOnStart();
        services.AddOptions<ChurnOptions>().BindConfiguration(ChurnOptions.Section)
            .Validate(o => o.AlertThreshold is > 0 and <= 1 && o.HorizonDays > 0, "Churn:AlertThreshold must be in (0, 1] and Churn:HorizonDays positive.")
            .ValidateOnStart();
        services.AddOptions<TriageOptions>().BindConfiguration(TriageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<SlaOptions>().BindConfiguration(SlaOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<AuthOptions>().BindConfiguration(AuthOptions.Section)
            .Validate(o => o.BootstrapAdminKey is null || o.BootstrapAdminKey.Trim().Length >= 16,
                "Auth:BootstrapAdminKey must be at least 16 characters.")
            .ValidateOnStart();

        services.AddMemoryCache();
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<IClock, SystemClock>();
        services.AddSingleton<DataDirectory>();
        services.AddSingleton<DatabaseState>();
        services.AddKnowledgeEventBus();
        services.AddSingleton<LanguageDetector>();
        services.AddKnowledgeTranslation();
        services.AddScoped<CurrentUser>();
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUser>());

        services.AddDbContext<SqliteKnowledgeDbContext>((sp, options) =>
            options.UseSqlite(SqliteConnectionString(sp)));
        services.AddDbContext<SqlServerKnowledgeDbContext>((sp, options) =>
            options.UseSqlServer(sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString,
                sql => sql.EnableRetryOnFailure()));
        services.AddScoped<KnowledgeDbContext>(sp =>
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.Provider == DatabaseProvider.SqlServer
                ? sp.GetRequiredService<SqlServerKnowledgeDbContext>()
                : sp.GetRequiredService<SqliteKnowledgeDbContext>());

        services.AddInternal<AccountReader>().AddInternal<AccountService>()
            .AddInternal<TeamReader>().AddInternal<TeamService>()
            .AddInternal<TaxonomyReader>().AddInternal<TaxonomyService>()
            .AddInternal<TicketReader>().AddInternal<TicketService>()
            .AddInternal<ContentReader>()
            .AddInternal<ArticleService>()
            .AddInternal<ContentInsights>()
            .AddInternal<DeprecatedTermService>()
            .AddInternal<ChurnService>()
            .AddInternal<UsageCsvImporter>()
            .AddInternal<Knowledge.Cms.Escalations.EscalationReader>().AddInternal<Knowledge.Cms.Escalations.EscalationService>()
            .AddInternal<ApiKeyService>()
            .AddInternal<DatabaseHealth>()
            .AddInternal<DemoSeeder>()
            .AddInternal<JobService>()
            .AddInternal<TriageEngine>().AddInternal<TicketTriageService>().AddInternal<TriageTrainingService>()
            .AddInternal<TriageFeedbackService>().AddInternal<TriageReader>().AddInternal<TrainTriageModelJob>()
            .AddInternal<SlaPolicies>().AddInternal<SlaReader>().AddInternal<SlaPlanner>().AddInternal<EscalationMatrixService>().AddInternal<SlaMilestoneSweep>()
            .AddInternal<Knowledge.Cms.Escalations.EscalationPublisher>()
            .AddInternal<EscalationNotifier>().AddInternal<FollowUpRunner>().AddInternal<NotificationDelivery>().AddInternal<NotificationReader>();
        services.AddSingleton<SlaSignal>();
        services.AddScoped<ITicketTriage>(sp => sp.GetRequiredService<TicketTriageService>());
        services.AddScoped<IJobHandler>(sp => sp.GetRequiredService<TrainTriageModelJob>());
        services.AddInternal<TrainChurnModelJob>();
        services.AddScoped<IJobHandler>(sp => sp.GetRequiredService<Knowledge.Cms.Translation.TranslateArticleJob>());
        services.AddInternal<Knowledge.Cms.Translation.TranslateArticleJob>();
        services.AddScoped<IJobHandler>(sp => sp.GetRequiredService<TrainChurnModelJob>());
        services.AddSingleton<JobSignal>();
        services.AddSingleton<TriageModels>();
        services.AddInternal<SearchKnowledgeMatcher>();
        services.AddScoped<IKnowledgeMatcher>(sp => sp.GetRequiredService<SearchKnowledgeMatcher>());
        services.AddSingleton<Knowledge.Cms.Markdown.MarkdownRenderer>();
        services.AddSingleton<ContentDirectory>();
        services.AddSingleton<MarkdownCache>();
        services.AddSingleton<ArticleViewCounter>();
        services.AddInternal<ContentEvents>(ServiceLifetime.Singleton);
        services.AddHostedService<DatabaseInitializer>();
        services.AddHostedService<SlaStartup>();
        services.AddHostedService<JobWorker>();
        services.AddHostedService<TriageStartup>();
        services.AddHostedService<SlaScheduler>();
        services.AddHostedService<ContentMaintenanceService>();
        services.AddSingleton<ChurnModelStore>();
        services.AddHostedService<ChurnStartupService>();
        services.AddKnowledgeSearch();
        return services;
    }

    private static string SqliteConnectionString(IServiceProvider sp)
    {
        var configured = sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.ConnectionString;
        if (!string.IsNullOrWhiteSpace(configured)) return configured;
        return $"Data Source={sp.GetRequiredService<DataDirectory>().File("knowledge.db")}";
    }
}
