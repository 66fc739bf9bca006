using System.Collections.Concurrent;
using System.Net;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;

namespace OutlookValueCheck.Api.Tests.Auth;

/// <summary>
/// Entra ID's public face on 127.0.0.1: the v2.0 OpenID Connect metadata and the signing keys (JWKS), in the shape
/// Microsoft.Identity.Web reads, plus RS256 tokens signed with the published key. It serves HTTPS with a
/// certificate made for the run and trusted for the run (the current user's root store, removed again on dispose),
/// because Microsoft.Identity.Web's issuer validation fetches metadata with its own HTTP client; so the production
/// rule "metadata only over HTTPS" stays on. Nothing leaves the machine.
/// It also plays the parts of Entra ID and Microsoft Graph the service calls on a seller's behalf: the token
/// endpoint's on-behalf-of exchange and GET /v1.0/me/transitiveMemberOf, paged as Graph pages it.
/// </summary>
public sealed class FakeEntraId : IAsyncDisposable
{
    private readonly WebApplication _server;
    private readonly RsaSecurityKey _key = new(RSA.Create(2048)) { KeyId = "test-key-1" };

    private FakeEntraId(WebApplication server, string baseAddress, X509Certificate2 certificate)
    {
        _server = server;
        BaseAddress = baseAddress;
        Certificate = certificate;
        _batchSteps = new HttpClient(new HttpClientHandler { ServerCertificateCustomValidationCallback = (_, presented, _, _) => presented?.Thumbprint == certificate.Thumbprint });
    }

    public string BaseAddress { get; }

    public X509Certificate2 Certificate { get; }

    /// <summary>
    /// Test classes that start a fake Entra ID run one after another: each trusts its own certificate in the user's
    /// root store, and .NET reads that store through a cache, so two at once can miss each other's changes.
    /// </summary>
    public const string Collection = "Fake Entra ID";

    /// <summary>The API's app registration (client ID) the production tests configure.</summary>
    public const string ApiClientId = "5b2f8a54-7c1e-4d0b-9a3f-2e6c1d8b9f10";

    /// <summary>
    /// The service in the Production environment, trusting this Entra ID (multi-tenant, tenant A allowed), on a SQLite
    /// file of the caller's, with an address-hash secret of its own; <paramref name="configure"/> adds settings.
    /// </summary>
    public WebApplicationFactory<Program> ServiceInProduction(string database, Action<IWebHostBuilder>? configure = null)
    {
        var addressHashKey = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32));
        return new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("ConnectionStrings:ValueCheckSqlite", $"Data Source={database}");
            builder.UseSetting("AzureAd:Instance", BaseAddress);
            builder.UseSetting("AzureAd:TenantId", "organizations");
            builder.UseSetting("AzureAd:ClientId", ApiClientId);
            builder.UseSetting("Access:AllowedTenants:0", ValueCheckApplication.TenantA);
            builder.UseSetting("AddIn:PublicBaseUrl", PublicBaseUrl);
            builder.UseSetting("Privacy:AddressHashKey", addressHashKey);
            configure?.Invoke(builder);
        });
    }

    /// <summary>Where Outlook reaches the service under test, as an admin would configure it.</summary>
    public const string PublicBaseUrl = "https://valuecheck.contoso.example";

    /// <summary>The client secret the on-behalf-of exchange accepts.</summary>
    public const string ClientSecret = "test-client-secret";

    /// <summary>Graph's answer per user object ID: the groups they are a (transitive) member of.</summary>
    public Dictionary<string, string[]> GroupsOf { get; } = [];

    /// <summary>When set, Graph answers every call with this status (an outage).</summary>
    public int? GraphFailsWith { get; set; }

    /// <summary>The next this many Graph calls answer 429 with Retry-After: 1, as Graph throttles.</summary>
    public int ThrottleNext { get => _throttleNext; set => _throttleNext = value; }

    private int _throttleNext;

    /// <summary>The next this many steps of JSON batches answer 429 with Retry-After: 1 (inside a batch that answers 200).</summary>
    public int ThrottleNextBatchStep { get => _throttleNextBatchStep; set => _throttleNextBatchStep = value; }

    private int _throttleNextBatchStep;

    /// <summary>How long Graph takes to answer (a slow service).</summary>
    public TimeSpan GraphDelay { get; set; }

    /// <summary>The tenant's verified domains, as GET /organization lists them.</summary>
    public List<string> VerifiedDomains { get; } = ["contoso.com"];

    /// <summary>Per user object ID: their sent items (when, to whom) and the mail they received (from whom, when).</summary>
    public Dictionary<string, List<(DateTimeOffset Sent, string To)>> SentBy { get; } = [];

    /// <summary>The tenant's groups, for GET /groups?$search (object ID, display name, mail).</summary>
    public ConcurrentBag<(string Id, string Name, string? Mail)> DirectoryGroups { get; } = [];

    /// <summary>Whole messages in a seller's Sent Items (subject and every recipient), beside <see cref="SentBy"/>.</summary>
    public ConcurrentDictionary<string, List<(DateTimeOffset Sent, string Subject, string[] To)>> MessagesSentBy { get; } = new();

    /// <summary>The $select of each read of Sent Items: contact fatigue reads recipients, outcomes read subjects too.</summary>
    public ConcurrentQueue<string> SentItemsSelects { get; } = new();

    public Dictionary<string, List<(DateTimeOffset Received, string From)>> ReceivedBy { get; } = [];

    /// <summary>Per user object ID: the addresses in their Outlook contacts.</summary>
    public Dictionary<string, List<string>> ContactsOf { get; } = [];

    /// <summary>Calls of GET /me/transitiveMemberOf.</summary>
    public int GraphCalls => _graphCalls;

    /// <summary>Calls per Graph path ("/v1.0/organization", ...), throttled ones included.</summary>
    public System.Collections.Concurrent.ConcurrentDictionary<string, int> GraphCallsTo { get; } = new();

    public int TokenExchanges => _tokenExchanges;

    private int _graphCalls;
    private int _tokenExchanges;

    // Graph pages directory objects; two per page makes the service follow @odata.nextLink.
    private const int GraphPageSize = 2;

    /// <param name="services">More Microsoft services on the same host (a Dataverse environment).</param>
    public static async Task<FakeEntraId> StartAsync(params Action<WebApplication>[] services)
    {
        var certificate = CreateCertificate();
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            // A run that was killed leaves its certificate behind; it is of no use to anyone and is removed.
            foreach (var stale in roots.Certificates.Where(root => root.Subject.Contains(SubjectMarker, StringComparison.Ordinal)).ToList())
                roots.Remove(stale);
            roots.Add(X509CertificateLoader.LoadCertificate(certificate.RawData));
        }
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrelHttpsConfiguration();
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0, listen => listen.UseHttps(certificate)));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        FakeEntraId? fake = null;
        app.MapGet("/{tenant}/v2.0/.well-known/openid-configuration", (string tenant) => Results.Json(new Dictionary<string, object>
        {
            ["issuer"] = $"{fake!.BaseAddress}{{tenantid}}/v2.0",
            ["jwks_uri"] = $"{fake.BaseAddress}{tenant}/discovery/v2.0/keys",
            ["authorization_endpoint"] = $"{fake.BaseAddress}{tenant}/oauth2/v2.0/authorize",
            ["token_endpoint"] = $"{fake.BaseAddress}{tenant}/oauth2/v2.0/token",
            ["id_token_signing_alg_values_supported"] = new[] { "RS256" },
            ["response_types_supported"] = new[] { "code", "id_token" },
            ["subject_types_supported"] = new[] { "pairwise" },
        }));
        app.MapGet("/{tenant}/discovery/v2.0/keys", () =>
        {
            var jwk = JsonWebKeyConverter.ConvertFromRSASecurityKey(fake!._key);
            return Results.Json(new { keys = new[] { new { kty = jwk.Kty, use = "sig", kid = jwk.Kid, n = jwk.N, e = jwk.E } } });
        });
        app.MapPost("/{tenant}/oauth2/v2.0/token", async (string tenant, HttpRequest request) =>
        {
            var form = await request.ReadFormAsync();
            if (form["grant_type"] == "client_credentials")
            {
                // An application token (a CRM's application user): scope "<resource>/.default".
                if (form["client_secret"] != ClientSecret)
                    return Results.Json(new { error = "invalid_client", error_description = "AADSTS7000215: Invalid client secret provided." }, statusCode: 401);
                return Results.Json(new Dictionary<string, object>
                {
                    ["token_type"] = "Bearer",
                    ["expires_in"] = 3599,
                    ["ext_expires_in"] = 3599,
                    ["access_token"] = "app." + form["client_id"],
                });
            }
            Interlocked.Increment(ref fake!._tokenExchanges);
            if (form["grant_type"] != "urn:ietf:params:oauth:grant-type:jwt-bearer" || form["requested_token_use"] != "on_behalf_of"
                || form["client_secret"] != ClientSecret)
                return Results.Json(new { error = "invalid_grant", error_description = "AADSTS50000: not an on-behalf-of request this fake accepts." }, statusCode: 400);
            var assertion = new JsonWebToken(form["assertion"].ToString());
            var user = assertion.GetClaim("oid").Value;
            var answer = new Dictionary<string, object>
            {
                ["token_type"] = "Bearer",
                ["scope"] = form["scope"].ToString(),
                ["expires_in"] = 3600,
                ["ext_expires_in"] = 3600,
                ["access_token"] = "graph." + user,
            };
            // MSAL asks for client_info (client_info=1): the user's object ID and tenant, which key its token cache.
            if (form["client_info"] == "1")
                answer["client_info"] = Base64UrlEncoder.Encode(System.Text.Json.JsonSerializer.Serialize(new { uid = user, utid = assertion.GetClaim("tid").Value }));
            return Results.Json(answer);
        });
        app.MapGet("/v1.0/me/transitiveMemberOf", (HttpRequest request, int? skip) =>
        {
            Interlocked.Increment(ref fake!._graphCalls);
            var bearer = request.Headers.Authorization.ToString();
            if (!bearer.StartsWith("Bearer graph.", StringComparison.Ordinal))
                return Results.Json(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty." } }, statusCode: 401);
            var groups = fake.GroupsOf.GetValueOrDefault(bearer["Bearer graph.".Length..]) ?? [];
            var from = skip ?? 0;
            var page = groups.Skip(from).Take(GraphPageSize)
                .Select(id => new Dictionary<string, object> { ["@odata.type"] = "#microsoft.graph.group", ["id"] = id })
                // A directory role is also a membership; the service must skip it.
                .Append(new Dictionary<string, object> { ["@odata.type"] = "#microsoft.graph.directoryRole", ["id"] = Guid.NewGuid().ToString() });
            var body = new Dictionary<string, object>
            {
                ["@odata.context"] = $"{fake.BaseAddress}v1.0/$metadata#directoryObjects(id)",
                ["value"] = page.ToList(),
            };
            if (from + GraphPageSize < groups.Length)
                body["@odata.nextLink"] = $"{fake.BaseAddress}v1.0/me/transitiveMemberOf?$select=id&$top=999&skip={from + GraphPageSize}";
            return Results.Json(body);
        });
        app.MapGet("/v1.0/organization", () => Results.Json(new
        {
            value = new[] { new { id = Guid.NewGuid().ToString(), verifiedDomains = fake!.VerifiedDomains.Select((name, i) => new { name, isDefault = i == 0, isInitial = false, type = "Managed" }) } },
        }));
        app.MapGet("/v1.0/me/mailFolders/sentitems/messages", (HttpRequest request) =>
        {
            // "sentDateTime ge 2026-11-09T00:00:00Z", as the service sends it.
            var filter = request.Query["$filter"].ToString();
            fake!.SentItemsSelects.Enqueue(request.Query["$select"].ToString());
            var since = DateTimeOffset.Parse(filter["sentDateTime ge ".Length..], System.Globalization.CultureInfo.InvariantCulture);
            var user = UserOf(request);
            var sent = (fake!.SentBy.GetValueOrDefault(user) ?? []).Select(message => (message.Sent, Subject: "", To: new[] { message.To }))
                .Concat(fake.MessagesSentBy.GetValueOrDefault(user) ?? []);
            // Graph returns the fields $select names, and no others.
            var withSubject = request.Query["$select"].ToString().Split(',').Contains("subject");
            return Results.Json(new
            {
                value = sent.Where(message => message.Sent >= since).OrderByDescending(message => message.Sent).Select(message => new
                {
                    sentDateTime = message.Sent,
                    subject = withSubject ? message.Subject : null,
                    toRecipients = message.To.Select(to => new { emailAddress = new { name = to, address = to } }),
                    ccRecipients = Array.Empty<object>(),
                    bccRecipients = Array.Empty<object>(),
                }),
            }, new System.Text.Json.JsonSerializerOptions { DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull });
        });
        app.MapGet("/v1.0/groups", (HttpRequest request) =>
        {
            // Graph refuses $search without ConsistencyLevel: eventual (an advanced query).
            if (request.Headers["ConsistencyLevel"] != "eventual")
                return Results.Json(new { error = new { code = "Request_UnsupportedQuery", message = "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'" } }, statusCode: 400);
            var match = System.Text.RegularExpressions.Regex.Match(request.Query["$search"].ToString(), "^\"displayName:(.*)\"$");
            if (!match.Success)
                return Results.Json(new { error = new { code = "Request_BadRequest", message = "Invalid search." } }, statusCode: 400);
            var found = fake!.DirectoryGroups.Where(group => group.Name.Contains(match.Groups[1].Value, StringComparison.OrdinalIgnoreCase)).OrderBy(group => group.Name, StringComparer.Ordinal);
            return Results.Json(new { value = found.Select(group => new { id = group.Id, displayName = group.Name, mail = group.Mail }) });
        });
        app.MapGet("/v1.0/me/contacts", (HttpRequest request) =>
        {
            // Graph supports only any/eq on emailAddresses: "emailAddresses/any(a:a/address eq 'x')".
            var match = System.Text.RegularExpressions.Regex.Match(request.Query["$filter"].ToString(), @"^emailAddresses/any\(a:a/address eq '((?:[^']|'')*)'\)$");
            if (!match.Success)
                return Results.Json(new { error = new { code = "ErrorInvalidUrlQueryFilter", message = "The query filter contains one or more invalid nodes." } }, statusCode: 400);
            var address = match.Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            var known = (fake!.ContactsOf.GetValueOrDefault(UserOf(request)) ?? []).Any(contact => string.Equals(contact, address, StringComparison.OrdinalIgnoreCase));
            return Results.Json(new { value = known ? new[] { new { id = "AAMkAGI2" } } : [] });
        });
        app.MapGet("/v1.0/me/messages", (HttpRequest request) =>
        {
            var filter = request.Query["$filter"].ToString();
            var from = System.Text.RegularExpressions.Regex.Match(filter, "from/emailAddress/address eq '(.*)'$").Groups[1].Value.Replace("''", "'", StringComparison.Ordinal);
            var received = (fake!.ReceivedBy.GetValueOrDefault(UserOf(request)) ?? [])
                .Where(message => string.Equals(message.From, from, StringComparison.OrdinalIgnoreCase))
                .OrderByDescending(message => message.Received).Take(1);
            return Results.Json(new { value = received.Select(message => new { receivedDateTime = message.Received }) });
        });
        app.MapPost("/v1.0/$batch", async (HttpRequest request) =>
        {
            // JSON batching: each step runs as a request of its own on this server, with the batch's token, at most
            // 4 at a time (Graph sends at most 4 of a batch's steps to one mailbox in parallel); the batch answers 200
            // with one response per step, as Graph does, whatever the steps' own status.
            using var document = await System.Text.Json.JsonDocument.ParseAsync(request.Body);
            var steps = document.RootElement.GetProperty("requests").EnumerateArray().ToList();
            if (steps.Count > MaxBatchSteps)
                return Results.Json(new { error = new { code = "BadRequest", message = $"Number of batch steps exceeds the maximum of {MaxBatchSteps}." } }, statusCode: 400);
            using var mailbox = new SemaphoreSlim(4);
            var responses = await Task.WhenAll(steps.Select(async step =>
            {
                await mailbox.WaitAsync();
                try
                {
                    return await fake!.RunBatchStepAsync(step, request.Headers.Authorization.ToString());
                }
                finally
                {
                    mailbox.Release();
                }
            }));
            return Results.Json(new { responses });
        });
        foreach (var service in services)
            service(app);
        // Graph's failure modes, in front of every Graph route: outage, throttling, slowness, a missing token.
        app.Use(async (context, next) =>
        {
            if (!context.Request.Path.StartsWithSegments("/v1.0"))
            {
                await next(context);
                return;
            }
            fake!.GraphCallsTo.AddOrUpdate(context.Request.Path.Value!, 1, (_, count) => count + 1);
            if (context.Request.Headers.ContainsKey(BatchStepHeader))
            {
                // A step of a batch: the batch itself already took its time and passed the outage and throttling.
                if (Interlocked.Decrement(ref fake._throttleNextBatchStep) >= 0)
                {
                    context.Response.StatusCode = 429;
                    context.Response.Headers.RetryAfter = "1";
                    await context.Response.WriteAsJsonAsync(new { error = new { code = "ApplicationThrottled", message = "Application is over its MailboxConcurrency limit." } });
                    return;
                }
                await next(context);
                return;
            }
            if (fake.GraphDelay > TimeSpan.Zero)
                await Task.Delay(fake.GraphDelay, context.RequestAborted);
            if (fake.GraphFailsWith is { } status)
            {
                context.Response.StatusCode = status;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "serviceUnavailable", message = "Graph is down in this test." } });
                return;
            }
            if (Interlocked.Decrement(ref fake._throttleNext) >= 0)
            {
                context.Response.StatusCode = 429;
                context.Response.Headers.RetryAfter = "1";
                await context.Response.WriteAsJsonAsync(new { error = new { code = "ApplicationThrottled", message = "Application is over its MailboxConcurrency limit." } });
                return;
            }
            if (!context.Request.Headers.Authorization.ToString().StartsWith("Bearer graph.", StringComparison.Ordinal))
            {
                context.Response.StatusCode = 401;
                await context.Response.WriteAsJsonAsync(new { error = new { code = "InvalidAuthenticationToken", message = "Access token is empty." } });
                return;
            }
            await next(context);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        fake = new FakeEntraId(app, address.TrimEnd('/') + "/", certificate);
        return fake;
    }

    private const string SubjectMarker = "OutlookValueCheck fake Entra ID";

    private const int MaxBatchSteps = 20;

    private const string BatchStepHeader = "X-Fake-Batch-Step";

    private readonly HttpClient _batchSteps;

    /// <summary>One step of a JSON batch, run against this server; its answer in the batch response's shape.</summary>
    private async Task<object> RunBatchStepAsync(System.Text.Json.JsonElement step, string authorization)
    {
        var url = step.GetProperty("url").GetString()!;
        // Steps name their URL relative to the version ("/me/messages?..."), or in full.
        var target = url.StartsWith('/') ? new Uri($"{BaseAddress}v1.0{url}") : new Uri(url);
        using var message = new HttpRequestMessage(new HttpMethod(step.GetProperty("method").GetString()!), target);
        message.Headers.TryAddWithoutValidation("Authorization", authorization);
        message.Headers.Add(BatchStepHeader, "1");
        using var response = await _batchSteps.SendAsync(message);
        var body = await response.Content.ReadAsStringAsync();
        var headers = new Dictionary<string, string> { ["Content-Type"] = "application/json" };
        if (response.Headers.RetryAfter?.Delta is { } retryAfter)
            headers["Retry-After"] = ((int)retryAfter.TotalSeconds).ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new
        {
            id = step.GetProperty("id").GetString(),
            status = (int)response.StatusCode,
            headers,
            body = body.Length == 0 ? (object?)null : System.Text.Json.JsonDocument.Parse(body).RootElement,
        };
    }

    private static string UserOf(HttpRequest request) => request.Headers.Authorization.ToString()["Bearer graph.".Length..];

    private static X509Certificate2 CreateCertificate()
    {
        using var rsa = RSA.Create(2048);
        // A subject of its own per run: OpenSSL finds trusted issuers by subject, and two roots with one subject
        // (a leftover of an earlier run) make it pick the wrong one.
        var request = new CertificateRequest($"CN=127.0.0.1, O={SubjectMarker}, OU={Guid.NewGuid():n}", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddHours(1));
        // Kestrel needs the private key in a form it can use on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), null);
    }

    /// <summary>A v2.0 access token as Entra ID issues it for the API's app registration.</summary>
    public string Token(string tenant, string audience, string? scope = "access_as_user", string[]? roles = null,
        DateTime? expires = null, string? issuer = null, SecurityKey? key = null, string? user = null, string[]? groups = null,
        IReadOnlyDictionary<string, object>? claims = null)
    {
        var payload = new Dictionary<string, object>
        {
            ["tid"] = tenant,
            ["oid"] = user ?? Guid.NewGuid().ToString(),
            ["sub"] = Guid.NewGuid().ToString(),
            ["ver"] = "2.0",
            ["preferred_username"] = "anna.berg@contoso.com",
        };
        if (scope is not null)
            payload["scp"] = scope;
        if (roles is not null)
            payload["roles"] = roles;
        if (groups is not null)
            payload["groups"] = groups;
        // Claims a test sets as it likes, replacing those above (a tid of another shape, a claim Entra ID never issues).
        foreach (var (name, value) in claims ?? new Dictionary<string, object>())
            payload[name] = value;
        var expiry = expires ?? DateTime.UtcNow.AddMinutes(30);
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer ?? $"{BaseAddress}{tenant}/v2.0",
            Audience = audience,
            Claims = payload,
            NotBefore = expiry.AddHours(-1),
            IssuedAt = expiry.AddHours(-1),
            Expires = expiry,
            SigningCredentials = new SigningCredentials(key ?? _key, SecurityAlgorithms.RsaSha256),
        });
    }

    public async ValueTask DisposeAsync()
    {
        _batchSteps.Dispose();
        await _server.DisposeAsync();
        using (var roots = new X509Store(StoreName.Root, StoreLocation.CurrentUser))
        {
            roots.Open(OpenFlags.ReadWrite);
            roots.Remove(Certificate);
        }
        Certificate.Dispose();
    }
}
