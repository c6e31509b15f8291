using Vertebra.Content.Sources;

namespace Vertebra.Content.Import;

/// <summary>Reads the source registry from a content folder, within the same limits as every other content file.</summary>
public static class SourceRegistryFile
{
    /// <summary>Reads the registry file at a content folder's top; an empty registry when there is none.</summary>
    public static SourceRegistry ReadFolder(string folder, ImportLimits? limits = null)
    {
        var path = Path.Combine(folder, SourceRegistry.FileName);
        return File.Exists(path) ? SourceRegistry.Parse(StrictText.ReadFile(path, limits ?? ImportLimits.Default), path) : SourceRegistry.Empty;
    }
}
