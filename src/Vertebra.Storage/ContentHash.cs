using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace Vertebra.Storage;

/// <summary>A short fingerprint of a record, so a re-import can tell "unchanged" from "updated".</summary>
internal static class ContentHash
{
    public static string Of<T>(T value)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);
        Span<byte> hash = stackalloc byte[32];
        SHA256.HashData(json, hash);
        return Convert.ToHexString(hash[..16]);
    }
}
