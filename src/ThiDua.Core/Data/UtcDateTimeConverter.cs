using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using ThiDua.Core.Shared;

namespace ThiDua.Core.Data;

/// <summary>Marks every DateTime read from the store as UTC (SQLite keeps no kind).</summary>
public sealed class UtcDateTimeConverter() : ValueConverter<DateTime, DateTime>(v => DateTimeKinds.AsUtc(v), v => DateTimeKinds.AsUtc(v));
