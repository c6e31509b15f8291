using Microsoft.Extensions.Logging;
using Vertebra.Content.Catalogue;
using Vertebra.Content;
using Vertebra.Content.Model;
using Vertebra.Storage;

namespace Vertebra.Web.Localisation;

/// <summary>
/// The condition catalogue in the page's language: in the Chinese edition, conditions and groups carry their Chinese
/// names, lay names and descriptions from <c>conditions.zh.yaml</c> (part of the bundled content) when it names them;
/// anything it does not name stays in English. The translation is read once, on first use.
/// </summary>
public sealed class ConditionNames(string contentDirectory, IContentStore store, ILogger<ConditionNames> logger)
{
    private readonly SemaphoreSlim gate = new(1, 1);
    private CatalogueTranslation? chinese;
    private bool read;

    /// <summary>Every condition in the store, in the page's language.</summary>
    public async Task<IReadOnlyList<Condition>> ConditionsAsync(CancellationToken cancellationToken) =>
        await LocalAsync(await store.ListConditionsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    /// <summary>Every condition group in the store, in the page's language.</summary>
    public async Task<IReadOnlyList<ConditionGroup>> GroupsAsync(CancellationToken cancellationToken) =>
        await LocalAsync(await store.ListConditionGroupsAsync(cancellationToken).ConfigureAwait(false), cancellationToken).ConfigureAwait(false);

    public async Task<Condition> LocalAsync(Condition condition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var translation = await TranslationAsync(cancellationToken).ConfigureAwait(false);
        return translation is null ? condition : Local(condition, translation);
    }

    private async Task<IReadOnlyList<Condition>> LocalAsync(IReadOnlyList<Condition> conditions, CancellationToken cancellationToken)
    {
        var translation = await TranslationAsync(cancellationToken).ConfigureAwait(false);
        return translation is null ? conditions : conditions.Select(c => Local(c, translation)).ToList();
    }

    private async Task<IReadOnlyList<ConditionGroup>> LocalAsync(IReadOnlyList<ConditionGroup> groups, CancellationToken cancellationToken)
    {
        var translation = await TranslationAsync(cancellationToken).ConfigureAwait(false);
        return translation is null ? groups : groups.Select(g => translation.Group(g.Id) is { } zh ? g with { Name = zh.Name } : g).ToList();
    }

    private static Condition Local(Condition condition, CatalogueTranslation translation) =>
        translation.Condition(condition.Id) is { } zh
            ? condition with { Name = zh.Name, Synonyms = zh.Synonyms, Description = zh.Description }
            : condition;

    /// <summary>The Chinese catalogue on a Chinese page, else null.</summary>
    private async Task<CatalogueTranslation?> TranslationAsync(CancellationToken cancellationToken)
    {
        if (!SiteLanguage.IsChinese)
        {
            return null;
        }

        if (read)
        {
            return chinese;
        }

        await gate.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (!read)
            {
                var conditions = await store.ListConditionsAsync(cancellationToken).ConfigureAwait(false);
                var groups = await store.ListConditionGroupsAsync(cancellationToken).ConfigureAwait(false);
                try
                {
                    chinese = CatalogueTranslation.ReadFolder(contentDirectory, SiteLanguage.ChineseContent,
                        conditions.Select(c => c.Id).ToHashSet(StringComparer.Ordinal), groups.Select(g => g.Id).ToHashSet(StringComparer.Ordinal));
                }
                catch (ContentImportException ex)
                {
                    // The catalogue in the store is not the bundled one: Chinese pages keep the English names.
                    logger.LogWarning("The Chinese condition names were not used: {Problem}", ex.Message);
                }

                read = true;
            }

            return chinese;
        }
        finally
        {
            gate.Release();
        }
    }
}
