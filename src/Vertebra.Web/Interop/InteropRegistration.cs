using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Vertebra.Interop.CdsHooks;
using Vertebra.Interop.Fhir;
using Vertebra.Interop.Infobutton;

namespace Vertebra.Web.Interop;

/// <summary>Registers and maps the interoperability endpoints: FHIR, CDS Hooks and Infobutton.</summary>
internal static class InteropRegistration
{
    public static IServiceCollection AddInterop(this IServiceCollection services)
    {
        services.AddSingleton<SpineGuidanceFhir>();
        services.AddSingleton<CdsHooksService>();
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
