using System.Xml;

namespace ThiDua.Core.Imports.Files;

/// <summary>XML reading settings for untrusted parts: no DTD (so no entity expansion), no external resolution.</summary>
internal static class SecureXml
{
    private static readonly XmlReaderSettings Settings = new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        IgnoreComments = true,
        IgnoreProcessingInstructions = true,
        IgnoreWhitespace = true,
        CloseInput = true,
        MaxCharactersFromEntities = 1024,
    };

    public static XmlReader Create(Stream stream) => XmlReader.Create(stream, Settings);
}
