using Microsoft.AspNetCore.Mvc.ApplicationModels;

namespace Vertebra.Web.Localisation;

/// <summary>
/// Gives every public page a second address under <c>/zh/</c> (the Chinese edition): the same page class and view,
/// so there is one set of pages; the language comes from the address (<see cref="LanguageCultureProvider"/>).
/// The editors' area and the error pages keep one address.
/// </summary>
internal sealed class ChineseEditionConvention : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        ArgumentNullException.ThrowIfNull(model);
        if (model.ViewEnginePath.StartsWith("/Editor", StringComparison.Ordinal) || model.ViewEnginePath.StartsWith("/Errors", StringComparison.Ordinal))
        {
            return;
        }

        foreach (var selector in model.Selectors.ToList())
        {
            var template = selector.AttributeRouteModel?.Template;
            if (template is null)
            {
                continue;
            }

            model.Selectors.Add(new SelectorModel
            {
                AttributeRouteModel = new AttributeRouteModel
                {
                    Template = AttributeRouteModel.CombineTemplates("zh", template),
                    SuppressLinkGeneration = true,
                },
            });
        }
    }
}
