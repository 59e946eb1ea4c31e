using System.Diagnostics.CodeAnalysis;
using Grpc.Core;

namespace RoyaltyLedger.Server.Security;

/// <summary>Reads the authenticated caller and refuses what its key may not do, saying why.</summary>
internal static class CallerAccess
{
    public static Caller Caller(this ServerCallContext context) =>
        context.UserState.TryGetValue(typeof(Caller), out var caller) && caller is Caller c
            ? c
            : throw new InvalidOperationException($"call {context.Method} reached its handler without authentication");

    /// <summary>Passes for admins and for any of the listed roles.</summary>
    public static Caller RequireRole(this ServerCallContext context, string action, params string[] roles)
    {
        var caller = context.Caller();
        if (!caller.IsAdmin && !roles.Contains(caller.Role))
        {
            Deny($"{caller} may not {action}");
        }

        return caller;
    }

    /// <summary>Passes for admins and for the named party acting in the named role.</summary>
    public static void RequireParty(this Caller caller, string role, string partyId, string action)
    {
        ArgumentNullException.ThrowIfNull(caller);
        if (!caller.IsAdmin && !caller.Is(role, partyId))
        {
            Deny($"{caller} may not {action}");
        }
    }

    [DoesNotReturn]
    public static void Deny(string message) => throw new RpcException(new Status(StatusCode.PermissionDenied, message));
}
