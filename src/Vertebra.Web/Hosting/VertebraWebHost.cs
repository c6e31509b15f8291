using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Vertebra.Claims;
using Vertebra.Content.Rendering;
using Vertebra.Guidance;
using Vertebra.Search;
using Vertebra.Search.Semantic;
using Vertebra.Web.Api;
using Vertebra.Indexing;
using Vertebra.Storage;
using Vertebra.Storage.Editorial;
using Vertebra.Editorial;
using Vertebra.Storage.Changes;
using Vertebra.Web.Auth;
using Vertebra.Web.Caching;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.HttpOverrides;
using Vertebra.Web.Presentation;
using Vertebra.Interop;
using Vertebra.Web.Interop;
using Vertebra.Web.Telemetry;
using Vertebra.Web.Localisation;

namespace Vertebra.Web.Hosting;

/// <summary>Builds the Vertebra web application: server-rendered pages, health check, security headers.</summary>
public static class VertebraWebHost
{
    /// <summary>One plain line for the start-up message: where the sign-in keys are and how to protect them.</summary>
    public static string DescribeKeys(VertebraWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return KeyStorage.Describe(options, StoreLocation.Parse(options.Database, options.DataDirectory).IsPostgres);
    }

    /// <summary>Why the keys certificate setting cannot be used, or null.</summary>
    public static string? KeysCertificateProblem(VertebraWebOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return KeyStorage.CertificateProblem(options);
    }

    public static WebApplication Build(VertebraWebOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(VertebraWebHost).Assembly.GetName().Name,
            ContentRootPath = AppContext.BaseDirectory,
        });
        if (!string.IsNullOrWhiteSpace(options.Urls))
        {
            builder.WebHost.UseUrls(options.Urls);
        }

        // Request lines carry people's questions and symptoms: keep the framework's request logging off.
        builder.Logging.AddFilter("Microsoft.AspNetCore", LogLevel.Warning);

        // The data folder holds the password hashes and the sign-in keys: only this account may open it.
        PrivateFiles.CreateFolder(options.DataDirectory);
        PrivateFiles.CreateFolder(options.KeysDirectory);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(TimeProvider.System);

        // Telemetry first: its hosted service must be listening before the start-up tasks (the first seeding) run.
        builder.Services.AddVertebraTelemetry(otlp: !string.IsNullOrWhiteSpace(options.OtlpEndpoint));
        var store = builder.Services.AddVertebraStorage(options);

        // The keys behind sign-in cookies and form tokens: in the database on PostgreSQL (shared by every node), else in
        // the data folder. The start-up line (DescribeKeys) says where and how to protect them, in place of the
        // framework's "No XML encryptor configured" warning.
        builder.Services.AddVertebraDataProtection(options, store);
        if (options.KeysCertificatePath is null)
        {
            builder.Logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error);
        }
        builder.Services.AddSingleton(options.EditorialPolicy);
        builder.Services.AddSingleton<EditorialService>();
        builder.Services.AddSingleton<EditorSignIn>();
        builder.Services.AddSingleton<SignInService>();
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme)
            .AddCookie(cookie =>
            {
                cookie.LoginPath = "/editor/login";
                cookie.LogoutPath = "/editor/logout";
                cookie.AccessDeniedPath = "/editor/denied";
                cookie.Cookie.Name = "vertebra.editor";
                cookie.Cookie.HttpOnly = true;
                cookie.Cookie.SameSite = SameSiteMode.Strict;
                cookie.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
                cookie.ExpireTimeSpan = TimeSpan.FromHours(8);
                cookie.SlidingExpiration = true;
                cookie.Events.OnValidatePrincipal = SecurityStampCheck.ValidateAsync;
            });
        builder.Services.Configure<ForwardedHeadersOptions>(forwarded => TrustedProxies.Configure(forwarded, options.TrustedProxies));
        builder.Services.AddAuthorization(EditorPolicies.Configure);
        builder.Services.AddSingleton<ArticleHtmlRenderer>();
        builder.Services.AddSingleton<ArticleNavigation>();
        builder.Services.AddSingleton(services => new UrgentBoxes(services.GetRequiredService<GuidanceEngine>(), services.GetRequiredService<WarningSignMarkdown>(), options.EmergencyNumber, services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()));
        builder.Services.AddSingleton<Answers.AnswerPresenter>();
        builder.Services.AddSingleton(services => new ConditionNames(options.ContentDirectory, services.GetRequiredService<IContentStore>(), services.GetRequiredService<ILogger<ConditionNames>>()));
        // One set of pages, two editions: interface texts come from Resources/SharedResource.*.resx, the language from the address.
        builder.Services.AddLocalization(o => o.ResourcesPath = "Resources");

        // Chinese characters are written as themselves, not as &#x...; escapes (English pages are unchanged).
        builder.Services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o => o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(
            System.Text.Unicode.UnicodeRanges.BasicLatin,
            System.Text.Unicode.UnicodeRanges.CjkUnifiedIdeographs,
            System.Text.Unicode.UnicodeRanges.CjkSymbolsandPunctuation,
            System.Text.Unicode.UnicodeRanges.HalfwidthandFullwidthForms));
        builder.Services.AddRazorPages(o =>
            {
                o.Conventions.Add(new ChineseEditionConvention());
                o.Conventions.ConfigureFilter(new Microsoft.AspNetCore.Mvc.AutoValidateAntiforgeryTokenAttribute());
                o.Conventions.AuthorizeFolder("/Editor", EditorPolicies.Write);
                o.Conventions.AuthorizePage("/Editor/Audit", EditorPolicies.Admin);
                o.Conventions.AllowAnonymousToPage("/Editor/Login");
                o.Conventions.AllowAnonymousToPage("/Editor/Denied");
            })
            .AddApplicationPart(typeof(VertebraWebHost).Assembly);
        builder.Services.AddHostedService<StartupTasks>();
        builder.Services.AddRateLimiter(limiter => Feedback.MistakeReportLimits.Configure(limiter, options));
        builder.Services.AddProblemDetails();

        // Rules are loaded (and validated) before the site starts: a bad rule file stops start-up, naming the rule.
        // The Chinese edition needs every guidance text in Chinese: a missing one stops start-up, naming the item.
        builder.Services.AddSingleton(GuidanceEngine.Load(options.GuidanceDirectory, [GuidanceLanguages.Chinese]));
        builder.Services.AddSingleton(services => new WarningSignMarkdown(services.GetRequiredService<GuidanceEngine>(), options.EmergencyNumber, services.GetRequiredService<Microsoft.Extensions.Localization.IStringLocalizer<SharedResource>>()));
        builder.Services.AddSingleton(GuideArticleLinks.Load(Path.Combine(options.ContentDirectory, GuideArticleLinks.RelativePath), options.ArticlesDirectory));
        builder.Services.AddSingleton(ClaimChecker.Load(options.ClaimsFile));
        builder.Services.AddSingleton(InteropData.Load(options.InteropDirectory, options.ArticlesDirectory));

        // Search: an on-disk Lucene index in the data folder, kept in step with the store in the background.
        // The site is the index's one writer: it holds the index lock for as long as it runs (see IndexWriterLock).
        // Its query-understanding data is read (and checked) now, like the rules: a malformed file stops the start.
        var knowledge = QueryKnowledge.LoadFrom(options.SearchDataDirectory);
        builder.Services.AddSingleton(_ => IndexWriterLock.Acquire(options.IndexDirectory));
        builder.Services.AddSingleton(sp =>
        {
            sp.GetRequiredService<IndexWriterLock>();
            // The encoder loads first: loading it needs about 200 MB for a moment (see MiniLmEncoder), and that moment
            // should come before the index's vectors are in memory, not on top of them (the serving peak).
            sp.GetRequiredService<SemanticServices>();
            return SearchIndex.Open(options.IndexDirectory, knowledge);
        });
        // Meaning: one encoder per process (loaded on first use), vectors kept in the database with the content.
        builder.Services.AddSingleton(_ => new SemanticServices(options.Semantic ? MiniLmEncoder.Shared : null));
        builder.Services.AddSingleton(sp => new QuestionAnswerer(sp.GetRequiredService<SearchIndex>(), sp.GetRequiredService<SemanticServices>().Encoder));
        builder.Services.AddSingleton(sp => new SearchIndexKeeper(sp.GetRequiredService<IContentStore>(), sp.GetRequiredService<SearchIndex>(),
            options.IndexDirectory, sp.GetRequiredService<ILogger<SearchIndexKeeper>>(), sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<SemanticServices>().VectorsFor(sp.GetRequiredService<IContentStore>())));
        builder.Services.AddInterop(options.CdsFhirServers);
        builder.Services.AddVertebraHealthChecks();
        builder.Services.AddVertebraOpenApi();

        // One "content changed" signal: the watcher follows the store's content version (and, on PostgreSQL, other
        // nodes' notifications) and tells, in this order, the search index, the interop catalogue and the page cache.
        builder.Services.AddSingleton<IContentChangeSubscriber>(sp => sp.GetRequiredService<SearchIndexKeeper>());
        builder.Services.AddSingleton<IContentChangeSubscriber>(sp => sp.GetRequiredService<InteropCatalogueSource>());
        builder.Services.AddSingleton<IContentChangeSubscriber, OutputCacheEviction>();
        builder.Services.AddSingleton(sp => new ContentVersionWatcher(sp.GetRequiredService<IContentStore>(), sp.GetServices<IContentChangeSubscriber>(),
            sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<ContentVersionWatcher>>(), sp.GetRequiredService<StoreLocation>()));
        builder.Services.AddSingleton<IContentChangeSignal>(sp => sp.GetRequiredService<ContentVersionWatcher>());
        builder.Services.AddHostedService(sp => sp.GetRequiredService<ContentVersionWatcher>());
        builder.Services.AddOutputCache(o =>
        {
            // Only pages built purely from content are cached, never a page with a form token or a person's answers.
            // They change only when content changes; a short life keeps another process's imports visible.
            o.AddPolicy(PageCaching.ContentPolicy, policy => policy.Expire(options.PageCacheDuration).Tag(PageCaching.ContentTag));
            o.AddPolicy(PageCaching.HomePolicy, policy => policy.Expire(options.PageCacheDuration).Tag(PageCaching.ContentTag)
                .VaryByValue(context => new KeyValuePair<string, string>("suggest-zh",
                    LanguageCultureProvider.PrefersChinese(context.Request) ? "1" : "0")));

            // Pages built from the search index are also keyed by its generation: a page built on the old index while
            // the index was being updated would otherwise be stored after the keeper's eviction and shown for 30 s.
            o.AddPolicy(PageCaching.SearchPolicy, policy => policy.Expire(options.PageCacheDuration).Tag(PageCaching.ContentTag)
                .VaryByValue(context => new KeyValuePair<string, string>("search-index",
                    context.RequestServices.GetRequiredService<SearchIndex>().Generation.ToString(System.Globalization.CultureInfo.InvariantCulture))));
        });
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseForwardedHeaders();
        app.UseQuestionTiming();
        app.UseExceptionHandler("/errors/500");
        app.UseStatusCodePagesWithReExecute("/errors/{0}");
        app.Use(BadRequestHandler.Handle);
        app.UseRequestLocalization(LanguageOptions.Create());
        app.Use(SecurityHeaders.Add);
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.UseOutputCache();
        app.MapGet("/site.css", SiteAssets.Css).ExcludeFromDescription();
        app.MapGet("/scripts/editor.js", SiteAssets.EditorJs).ExcludeFromDescription();
        app.MapGet("/diagrams/{file}", SiteAssets.Diagram).ExcludeFromDescription();
        app.MapEditorPreview();
        app.MapVertebraHealthChecks();
        app.MapVertebraOpenApi();
        app.MapVertebraMetrics();
        app.MapGuidanceApi();
        app.MapClaimsApi();
        app.MapSearchApi();
        app.MapInterop();
        app.MapRazorPages();
        return app;
    }
}
