using System.Text.Json.Nodes;

namespace Vertebra.Interop.Tests;

/// <summary>The CDS Hooks request fixtures in <c>Fixtures/CdsHooks</c> (see its README).</summary>
internal static class CdsFixtures
{
    public static string PathOf(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", "CdsHooks", name);

    /// <summary>The fixture's text with <c>fhirServer</c> replaced (or removed when <paramref name="fhirServer"/> is null).</summary>
    public static string Read(string name, string? fhirServer)
    {
        var json = JsonNode.Parse(File.ReadAllText(PathOf(name)))!.AsObject();
        json.Remove("fhirServer");
        if (fhirServer is not null)
        {
            json["fhirServer"] = fhirServer;
        }
        else
        {
            json.Remove("fhirAuthorization");
        }

        return json.ToJsonString();
    }
}
