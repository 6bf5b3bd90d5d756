namespace ThiDua.Core.Imports.Files;

/// <summary>The pre-Unicode Vietnamese encodings still found in old office files.</summary>
public enum LegacyEncoding
{
    /// <summary>TCVN3 / ABC, fonts .VnTime, .VnArial…: "NguyÔn V¨n An".</summary>
    Tcvn3,

    /// <summary>VNI Windows, fonts VNI-Times…: "Nguyeãn Vaên An".</summary>
    Vni,
}
