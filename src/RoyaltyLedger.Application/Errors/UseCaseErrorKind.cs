namespace RoyaltyLedger.Application.Errors;

/// <summary>Why a use case refused a call; each kind maps to one gRPC status at the edge.</summary>
public enum UseCaseErrorKind
{
    /// <summary>A field names something the registry or the ledger does not hold, or holds otherwise (INVALID_ARGUMENT).</summary>
    InvalidInput,

    /// <summary>The thing asked for does not exist (NOT_FOUND).</summary>
    NotFound,

    /// <summary>An id is taken by different content (ALREADY_EXISTS).</summary>
    AlreadyExists,

    /// <summary>The thing exists but is in a state that does not allow the call (FAILED_PRECONDITION).</summary>
    FailedPrecondition,

    /// <summary>The caller may not do this to this thing (PERMISSION_DENIED).</summary>
    PermissionDenied,
}
