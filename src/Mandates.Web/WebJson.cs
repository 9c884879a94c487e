using System.Text.Json.Serialization;
using Mandates.Web.Apis;

namespace Mandates.Web;

/// <summary>
/// The web's own JSON: request bodies and problem details. Answers are Core's contracts (<see
/// cref="Core.Contracts.ContractJson"/>), the same as the command line's --json.
/// </summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    // A key the API does not know is refused, not ignored: a mistyped "untill" must not write an open tour.
    UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow)]
[JsonSerializable(typeof(ApiProblem))]
[JsonSerializable(typeof(TourBody))]
[JsonSerializable(typeof(EndTourBody))]
[JsonSerializable(typeof(CorrectionBody))]
[JsonSerializable(typeof(MotionBody))]
[JsonSerializable(typeof(CabinetBody))]
[JsonSerializable(typeof(VoteBody))]
[JsonSerializable(typeof(ObjectionBody))]
[JsonSerializable(typeof(RevocationBody))]
[JsonSerializable(typeof(ActChangeBody))]
public sealed partial class WebJson : JsonSerializerContext;
