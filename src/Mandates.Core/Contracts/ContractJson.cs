using System.Text.Json.Serialization;

namespace Mandates.Core.Contracts;

/// <summary>The source-generated serialisers of every contract record (no reflection at run time).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    WriteIndented = true,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    UseStringEnumConverter = true)]
[JsonSerializable(typeof(ErrorOutput))]
[JsonSerializable(typeof(DecisionOutput))]
[JsonSerializable(typeof(RecordOutput))]
[JsonSerializable(typeof(ShowOutput))]
[JsonSerializable(typeof(ListOutput))]
[JsonSerializable(typeof(AuditOutput))]
[JsonSerializable(typeof(VerifyOutput))]
[JsonSerializable(typeof(ImportOutput))]
[JsonSerializable(typeof(ExportOutput))]
[JsonSerializable(typeof(GenerateOutput))]
[JsonSerializable(typeof(ViolationOutput))]
[JsonSerializable(typeof(WriteOutput))]
[JsonSerializable(typeof(StrengthOutput))]
[JsonSerializable(typeof(ToursOutput))]
[JsonSerializable(typeof(HistoryOutput))]
[JsonSerializable(typeof(DipImportOutput))]
[JsonSerializable(typeof(DeadlinesOutput))]
[JsonSerializable(typeof(UserAddedOutput))]
[JsonSerializable(typeof(UserChangedOutput))]
[JsonSerializable(typeof(UsersOutput))]
[JsonSerializable(typeof(StatsOutput))]
[JsonSerializable(typeof(RecordCheckOutput))]
[JsonSerializable(typeof(ChartOutput))]
public sealed partial class ContractJson : JsonSerializerContext;
