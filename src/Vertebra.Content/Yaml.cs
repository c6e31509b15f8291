using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace Vertebra.Content;

/// <summary>The one YAML configuration the content files use: snake_case keys, unknown keys refused.</summary>
internal static class Yaml
{
    public static IDeserializer Reader { get; } = new DeserializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .Build();

    public static ISerializer Writer { get; } = new SerializerBuilder()
        .WithNamingConvention(UnderscoredNamingConvention.Instance)
        .ConfigureDefaultValuesHandling(DefaultValuesHandling.OmitNull | DefaultValuesHandling.OmitEmptyCollections)
        .DisableAliases()
        .WithQuotingNecessaryStrings()
        .Build();
}
