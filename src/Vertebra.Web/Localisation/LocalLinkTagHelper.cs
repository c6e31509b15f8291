using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Vertebra.Web.Localisation;

/// <summary>
/// Keeps a visitor in their edition: in the Chinese edition, a link (<c>a href</c>) or form (<c>form action</c>) to a
/// site page such as <c>/articles</c> goes to <c>/zh/articles</c>. Links that name a language with <c>hreflang</c>
/// (the language switch) and addresses without editions (assets, API, editors) are left as written.
/// </summary>
[HtmlTargetElement("a", Attributes = "href")]
[HtmlTargetElement("form", Attributes = "action")]
public sealed class LocalLinkTagHelper : TagHelper
{
    public override int Order => -1000;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        ArgumentNullException.ThrowIfNull(output);
        if (!SiteLanguage.IsChinese || output.Attributes.ContainsName("hreflang"))
        {
            return;
        }

        var name = output.TagName == "form" ? "action" : "href";
        if (!output.Attributes.TryGetAttribute(name, out var attribute) || attribute.Value is null)
        {
            return;
        }

        var (value, encoded) = attribute.Value switch
        {
            string s => (s, false),
            IHtmlContent html => (Render(html), true),
            var other => (other.ToString() ?? "", false),
        };
        if (!SiteLanguage.HasEditions(value))
        {
            return;
        }

        var local = SiteLanguage.ToChinese(value);
        output.Attributes.SetAttribute(name, encoded ? new HtmlString(local) : local);
    }

    private static string Render(IHtmlContent html)
    {
        using var writer = new StringWriter();
        html.WriteTo(writer, HtmlEncoder.Default);
        return writer.ToString();
    }
}
