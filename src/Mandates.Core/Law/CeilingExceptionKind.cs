namespace Mandates.Core.Law;

public enum CeilingExceptionKind { Rotation, Transfer, Emergency }
