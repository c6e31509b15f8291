namespace Vertebra.Web;

/// <summary>
/// The one set of interface texts: pages ask <c>IStringLocalizer&lt;SharedResource&gt;</c> for an English text and get
/// it back in the request's language from <c>Resources/SharedResource.zh-Hans.resx</c> (English is the key itself).
/// </summary>
public sealed class SharedResource
{
    private SharedResource()
    {
    }
}
