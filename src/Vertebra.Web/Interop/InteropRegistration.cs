using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Interop;
using Vertebra.Interop.CdsHooks;
using Vertebra.Interop.Fhir;
using Vertebra.Interop.Infobutton;

namespace Vertebra.Web.Interop;

/// <summary>Registers and maps the interoperability endpoints: FHIR, CDS Hooks and Infobutton.</summary>
internal static class InteropRegistration
{
    /// <summary>The named HTTP client the CDS Hooks services read clients' FHIR servers with.</summary>
    public const string FhirServerClientName = "cds-fhir-server";

    public static IServiceCollection AddInterop(this IServiceCollection services, IReadOnlyList<string> cdsFhirServers)
    {
        services.AddSingleton<SpineGuidanceFhir>();
        services.AddHttpClient(FhirServerClientName, client => client.Timeout = FhirServerClient.Timeout + TimeSpan.FromSeconds(1))
            .ConfigurePrimaryHttpMessageHandler(() => new System.Net.Http.SocketsHttpHandler { AllowAutoRedirect = false });
        services.AddSingleton(sp => new FhirServerClient(
            sp.GetRequiredService<System.Net.Http.IHttpClientFactory>().CreateClient(FhirServerClientName), cdsFhirServers));
        services.AddSingleton(sp => new CdsHooksService(sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<FhirServerClient>(), sp.GetRequiredService<InteropData>()));
        services.AddSingleton<InfobuttonService>();
        services.AddSingleton<InteropCatalogueSource>();
        return services;
    }

    public static IEndpointRouteBuilder MapInterop(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapFhirInterop();
        endpoints.MapCdsHooks();
        endpoints.MapInfobutton();
        return endpoints;
    }
}
