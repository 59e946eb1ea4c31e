using Grpc.AspNetCore.Server;
using Grpc.Reflection;
using RoyaltyLedger.Contracts.V1;
using RoyaltyLedger.Server.Diagnostics;
using RoyaltyLedger.Server.Grpc;
using ProtoServiceDescriptor = Google.Protobuf.Reflection.ServiceDescriptor;

namespace RoyaltyLedger.Server.Extensions;

/// <summary>
/// The standard gRPC health and reflection services over every RoyaltyLedger service. Health answers for "" and for
/// each service's full name, following the ASP.NET Core health report that /healthz shows: Healthy and Degraded are
/// SERVING, Unhealthy is NOT_SERVING. Reflection lists every mapped service, UsageIngest included, whose handler is
/// bound by hand (<see cref="UsageIngestMethodProvider"/>) and so is not found the way generated bindings are.
/// </summary>
internal static class GrpcSurfaceExtensions
{
    /// <summary>The RoyaltyLedger services that every server maps (BaselineIngest is a perf diagnostic, mapped on request).</summary>
    public static readonly IReadOnlyList<ProtoServiceDescriptor> LedgerServices =
    [
        Access.Descriptor, Registry.Descriptor, Consents.Descriptor, LicenceRequests.Descriptor, UsageIngest.Descriptor,
        Statements.Descriptor, Manifests.Descriptor, Payouts.Descriptor, Claims.Descriptor, Ledger.Descriptor,
        Transparency.Descriptor, Removals.Descriptor,
    ];

    /// <summary>The service types whose descriptor reflection cannot find by their base class.</summary>
    private static readonly Dictionary<Type, ProtoServiceDescriptor> HandBound = new() { [typeof(UsageIngestService)] = UsageIngest.Descriptor };

    public static IServiceCollection AddLedgerHealthAndReflection(this IServiceCollection services)
    {
        services.AddGrpcHealthChecks(o =>
        {
            // Every check counts for every service: the ledger's services share one store and one silo.
            foreach (var service in LedgerServices)
            {
                o.Services.Map(service.FullName, _ => true);
            }
        }).AddCheck<StorageHealthCheck>(StorageHealthCheck.Name);

        // Registered before AddGrpcReflection, whose own registration (TryAdd) then stands aside.
        services.AddSingleton(sp => new ReflectionServiceImpl(MappedDescriptors(sp.GetRequiredService<EndpointDataSource>())));
        services.AddGrpcReflection();
        return services;
    }

    /// <summary>The descriptor of every gRPC service the endpoints map, found as grpc-dotnet's reflection finds them, plus the hand-bound ones.</summary>
    private static List<ProtoServiceDescriptor> MappedDescriptors(EndpointDataSource endpoints)
    {
        var types = endpoints.Endpoints.Select(e => e.Metadata.GetMetadata<GrpcMethodMetadata>()?.ServiceType).OfType<Type>().Distinct();
        var found = new List<ProtoServiceDescriptor>();
        foreach (var type in types)
        {
            var descriptor = HandBound.GetValueOrDefault(type) ?? DescriptorOfBase(type);
            if (descriptor is not null && !found.Contains(descriptor))
            {
                found.Add(descriptor);
            }
        }

        return found;
    }

    /// <summary>A generated service base is nested in a static class with a public static Descriptor.</summary>
    private static ProtoServiceDescriptor? DescriptorOfBase(Type type)
    {
        for (var t = type.BaseType; t is not null && t != typeof(object); t = t.BaseType)
        {
            if (t.DeclaringType?.GetProperty("Descriptor", System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)?.GetValue(null) is ProtoServiceDescriptor d)
            {
                return d;
            }
        }

        return null;
    }
}
