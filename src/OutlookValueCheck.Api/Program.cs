using FluentValidation;
using OutlookValueCheck.Api.AddIn;
using OutlookValueCheck.Api.Auth;
using OutlookValueCheck.Api.Browser;
using OutlookValueCheck.Api.Caching;
using OutlookValueCheck.Api.Checks;
using OutlookValueCheck.Api.Crm;
using OutlookValueCheck.Api.Decisions;
using OutlookValueCheck.Api.Development;
using OutlookValueCheck.Api.Errors;
using OutlookValueCheck.Api.FrontDoor;
using OutlookValueCheck.Api.Graph;
using OutlookValueCheck.Api.Health;
using OutlookValueCheck.Api.Limits;
using OutlookValueCheck.Api.Observability;
using OutlookValueCheck.Api.Outcomes;
using OutlookValueCheck.Api.Policies;
using OutlookValueCheck.Api.Recipients;
using OutlookValueCheck.Api.Reports;
using OutlookValueCheck.Api.Storage;

StartupProblem.ReportPlainly();

var builder = WebApplication.CreateBuilder(args);

builder.AddValueCheckErrors();
builder.AddValueCheckTelemetry();
builder.AddValueCheckAuthentication();
builder.AddValueCheckAddressHashes();
builder.AddValueCheckAddIn();
builder.AddValueCheckJudgment();
builder.AddValueCheckGraph();
builder.Services.AddValueCheckStorage(builder.Configuration, builder.Environment);
builder.Services.AddValueCheckCaching(builder.Configuration);
builder.Services.AddValueCheckCrm();
builder.Services.AddScoped<TenantPolicies>();
builder.Services.AddSingleton<LastKnownPolicies>();
builder.Services.AddSingleton<SellerGroups>();
builder.Services.AddScoped<SellerPolicy>();
builder.Services.AddSingleton<IGroupDirectory, GraphGroupDirectory>();
builder.AddValueCheckOrganisationDomains();
builder.Services.AddScoped<RecipientFactsService>();
builder.Services.AddSingleton<DraftSenders>();
builder.Services.AddScoped<DraftCheck>();
builder.Services.AddSingleton<DecisionLog>();
builder.Services.AddHostedService<DecisionWriter>();
// Validators hold no state; building one costs more than validating a request, so each is built once.
builder.Services.AddValidatorsFromAssemblyContaining<Program>(ServiceLifetime.Singleton, includeInternalTypes: true);
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddValueCheckRateLimits();
builder.Services.AddValueCheckHealth();
// CRM and Graph values are data: escape HTML-significant characters in every JSON answer as defence in depth.
builder.Services.ConfigureHttpJsonOptions(json => json.SerializerOptions.Encoder = System.Text.Encodings.Web.JavaScriptEncoder.Default);
builder.Services.AddOpenApi();
builder.Services.AddValueCheckOutcomes();
// Last: Development's stand-ins replace what the features above registered.
builder.AddDevelopmentConveniences();

var app = builder.Build();
// Every setting is checked before anything else happens (migrations, seeding), and here rather than in the host's
// start, which would log the failure with a stack trace before StartupProblem prints it plainly.
app.Services.GetService<Microsoft.Extensions.Options.IStartupValidator>()?.Validate();

app.UseSecurityHeaders();
app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseAddInFiles();
app.UseRequestBodyLimit();
app.UseAuthentication();
app.UseAuthorization();
app.UseRateLimiter();
app.UseSharedRateLimit();

app.MapValueCheckOpenApi();
app.MapHealth();
app.MapFrontDoor();
app.MapChecks();
app.MapRecipients();
app.MapCrmImport();
app.MapCrmContents();
app.MapPolicies();
app.MapPolicyPreview();
app.MapGroupSearch();
app.MapDecisions();
app.MapReports();
app.MapAddInSettings();
app.MapAddInFiles();
app.MapDevelopmentTokens();
app.MapSimulatorMailbox();

await app.PrepareStorageAsync();
await app.SeedForDevelopmentAsync();
app.PrintDevelopmentGuide();
await app.RunAsync();

public partial class Program;
