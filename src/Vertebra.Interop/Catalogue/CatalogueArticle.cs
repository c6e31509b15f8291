namespace Vertebra.Interop.Catalogue;

/// <summary>A published article as the interoperability services link to it.</summary>
public sealed record CatalogueArticle(string Slug, string Title, string Summary);
