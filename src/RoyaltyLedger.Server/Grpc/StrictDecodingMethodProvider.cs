using System.Reflection;
using Google.Protobuf;
using Grpc.AspNetCore.Server.Model;
using Grpc.Core;

namespace RoyaltyLedger.Server.Grpc;

/// <summary>
/// Binds every generated gRPC service as grpc-dotnet's own binder does, except that each request message is decoded
/// by a marshaller that answers bytes which are not a valid protobuf message with INVALID_ARGUMENT, naming the method
/// and what the decoder found, instead of the UNKNOWN ("Exception was thrown by handler") grpc-dotnet answers for any
/// exception a decoder throws. Registered in place of grpc-dotnet's binder (see <see cref="UnparseableMessage.Register"/>).
/// </summary>
internal sealed class StrictDecodingMethodProvider<TService> : IServiceMethodProvider<TService>
    where TService : class
{
    public void OnServiceMethodDiscovery(ServiceMethodProviderContext<TService> context)
    {
        if (BindMethod() is not { } bind)
        {
            return;
        }

        bind.Invoke(null, [new Binder(context), null]);
    }

    /// <summary>The generated static BindService(ServiceBinderBase, TBase) named by the service base's attribute.</summary>
    private static MethodInfo? BindMethod()
    {
        for (var type = typeof(TService); type is not null; type = type.BaseType)
        {
            if (type.GetCustomAttribute<BindServiceMethodAttribute>(inherit: false) is { } attribute)
            {
                return attribute.BindType.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Static)
                    .FirstOrDefault(m => m.Name == attribute.BindMethodName && m.GetParameters() is [var first, _] && first.ParameterType == typeof(ServiceBinderBase));
            }
        }

        return null;
    }

    private sealed class Binder(ServiceMethodProviderContext<TService> context) : ServiceBinderBase
    {
        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, UnaryServerMethod<TRequest, TResponse>? handler) =>
            context.AddUnaryMethod(Strict(method), Metadata(method.Name),
                Invoker<global::Grpc.AspNetCore.Server.Model.UnaryServerMethod<TService, TRequest, TResponse>>(method.Name, typeof(TRequest), typeof(ServerCallContext)));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ClientStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddClientStreamingMethod(Strict(method), Metadata(method.Name),
                Invoker<global::Grpc.AspNetCore.Server.Model.ClientStreamingServerMethod<TService, TRequest, TResponse>>(
                    method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(ServerCallContext)));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, ServerStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddServerStreamingMethod(Strict(method), Metadata(method.Name),
                Invoker<global::Grpc.AspNetCore.Server.Model.ServerStreamingServerMethod<TService, TRequest, TResponse>>(
                    method.Name, typeof(TRequest), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)));

        public override void AddMethod<TRequest, TResponse>(Method<TRequest, TResponse> method, DuplexStreamingServerMethod<TRequest, TResponse>? handler) =>
            context.AddDuplexStreamingMethod(Strict(method), Metadata(method.Name),
                Invoker<global::Grpc.AspNetCore.Server.Model.DuplexStreamingServerMethod<TService, TRequest, TResponse>>(
                    method.Name, typeof(IAsyncStreamReader<TRequest>), typeof(IServerStreamWriter<TResponse>), typeof(ServerCallContext)));

        /// <summary>An open-instance delegate to the service's method, as grpc-dotnet's binder creates it.</summary>
        private static TDelegate Invoker<TDelegate>(string name, params Type[] parameters)
            where TDelegate : Delegate
        {
            var handler = typeof(TService).GetMethod(name, BindingFlags.Public | BindingFlags.Instance, parameters)
                ?? throw new InvalidOperationException($"{typeof(TService).Name} has no method {name}");
            return (TDelegate)Delegate.CreateDelegate(typeof(TDelegate), handler);
        }

        /// <summary>The service's and the method's attributes, as grpc-dotnet adds them for endpoint metadata (authorization, CORS).</summary>
        private static List<object> Metadata(string name) =>
        [
            .. typeof(TService).GetCustomAttributes(inherit: true),
            .. typeof(TService).GetMethods(BindingFlags.Public | BindingFlags.Instance).Where(m => m.Name == name).SelectMany(m => m.GetCustomAttributes(inherit: true)),
        ];

        private static Method<TRequest, TResponse> Strict<TRequest, TResponse>(Method<TRequest, TResponse> method)
            where TRequest : class
            where TResponse : class
        {
            var decode = method.RequestMarshaller.ContextualDeserializer;
            var request = Marshallers.Create<TRequest>(method.RequestMarshaller.ContextualSerializer, context =>
            {
                try
                {
                    return decode(context);
                }
                catch (InvalidProtocolBufferException e)
                {
                    throw UnparseableMessage.Error(method.FullName, e);
                }
            });
            return new Method<TRequest, TResponse>(method.Type, method.ServiceName, method.Name, request, method.ResponseMarshaller);
        }
    }
}

/// <summary>The INVALID_ARGUMENT a request that is not a valid protobuf message gets.</summary>
internal static class UnparseableMessage
{
    /// <summary>Replaces grpc-dotnet's binder for every service type, RoyaltyLedger's and the health and reflection services alike.</summary>
    public static void Register(IServiceCollection services)
    {
        var binder = services.Where(d => d.ServiceType == typeof(IServiceMethodProvider<>) && d.ImplementationType?.Name == "BinderServiceMethodProvider`1").ToList();
        if (binder.Count != 1)
        {
            throw new InvalidOperationException($"expected grpc-dotnet's BinderServiceMethodProvider to be registered once, found {binder.Count}: call after AddGrpc");
        }

        services.Remove(binder[0]);
        services.Add(ServiceDescriptor.Singleton(typeof(IServiceMethodProvider<>), typeof(StrictDecodingMethodProvider<>)));
    }

    public static RpcException Error(string method, Exception cause) =>
        new(new Status(StatusCode.InvalidArgument,
            $"the request to {method} is not a valid protobuf message of the method's request type: {cause.Message}", cause));
}
