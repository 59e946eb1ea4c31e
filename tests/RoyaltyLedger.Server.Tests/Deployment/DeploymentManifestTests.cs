using System.Text.Json;
using static RoyaltyLedger.Server.Tests.Deployment.K8sObjects;

namespace RoyaltyLedger.Server.Tests.Deployment;

/// <summary>
/// k8s/: each overlay renders with `kubectl kustomize`, every object passes its Kubernetes (or Prometheus Operator)
/// schema offline, and the objects keep the deployment's rules (k8s/README.md).
/// </summary>
public sealed class DeploymentManifestTests(ManifestValidator validator) : IClassFixture<ManifestValidator>
{
    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Overlay_Rendered_EveryObjectValidAgainstItsSchema(string overlay)
    {
        var objects = await validator.RenderValidAsync(overlay);

        Assert.Single(OfKind(objects, "Deployment"));
        Assert.Single(OfKind(objects, "Namespace"));
        var ns = Text(objects.Single(o => Text(o, "kind") == "Namespace"), "metadata.name");
        Assert.All(objects.Where(o => Text(o, "kind") != "Namespace"), o => Assert.Equal(ns, Text(o, "metadata.namespace")));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Overlay_Silo_AdvertisesPodIpAndClustersOnPostgres(string overlay)
    {
        var server = ServerContainer(await validator.RenderValidAsync(overlay));

        Assert.Equal("status.podIP", Text(Env(server, "POD_IP"), "valueFrom.fieldRef.fieldPath"));
        Assert.Equal("$(POD_IP)", Text(Env(server, "Silo__AdvertisedAddress"), "value"));
        Assert.Equal("postgres", Text(Env(server, "Storage__Provider"), "value"));
        var secret = At(Env(server, "Storage__ConnectionString"), "valueFrom.secretKeyRef");
        Assert.StartsWith("royaltyledger-storage", Text(secret, "name"), StringComparison.Ordinal);
        Assert.Equal("connection-string", Text(secret, "key"));
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Overlay_Termination_GraceExceedsHostShutdownTimeout(string overlay)
    {
        var objects = await validator.RenderValidAsync(overlay);
        var grace = At(Single(objects, "Deployment", "royaltyledger"), "spec.template.spec.terminationGracePeriodSeconds").GetInt32();
        var shutdown = int.Parse(Text(Env(ServerContainer(objects), "Silo__ShutdownTimeoutSeconds"), "value")!, System.Globalization.CultureInfo.InvariantCulture);

        Assert.True(grace > shutdown, $"terminationGracePeriodSeconds {grace} must exceed Silo__ShutdownTimeoutSeconds {shutdown}");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Overlay_Server_CpuRequestedNotLimitedAndRunsAsNonRoot(string overlay)
    {
        var objects = await validator.RenderValidAsync(overlay);
        var server = ServerContainer(objects);
        var pod = At(Single(objects, "Deployment", "royaltyledger"), "spec.template.spec");

        Assert.True(Has(server, "resources.requests.cpu"), "the server container must request CPU (scheduling, HPA)");
        Assert.False(Has(server, "resources.limits.cpu"), $"the server container must have no CPU limit: {At(server, "resources")}");
        Assert.True(Has(server, "resources.limits.memory"), "the server container must limit memory");
        Assert.True(At(pod, "securityContext.runAsNonRoot").GetBoolean());
        Assert.NotEqual(0, At(pod, "securityContext.runAsUser").GetInt32());
        Assert.False(At(server, "securityContext.allowPrivilegeEscalation").GetBoolean());
        Assert.True(At(server, "securityContext.readOnlyRootFilesystem").GetBoolean());
        var image = Text(server, "image")!;
        Assert.True(image.Contains(':', StringComparison.Ordinal) && !image.EndsWith(":latest", StringComparison.Ordinal), $"image {image} must name a tag other than latest");
    }

    [Theory]
    [InlineData("dev")]
    [InlineData("prod")]
    public async Task Overlay_Probes_GrpcHealthServiceAndHealthz(string overlay)
    {
        var server = ServerContainer(await validator.RenderValidAsync(overlay));
        var port = At(server, "ports").EnumerateArray().Single(p => Text(p, "name") == "http");

        Assert.Equal(5080, At(port, "containerPort").GetInt32());
        Assert.Equal(5080, At(server, "readinessProbe.grpc.port").GetInt32());
        Assert.Equal("royaltyledger.v1.UsageIngest", Text(server, "readinessProbe.grpc.service"));
        Assert.Equal(5080, At(server, "startupProbe.grpc.port").GetInt32());
        Assert.Equal("/healthz", Text(server, "livenessProbe.httpGet.path"));
        Assert.Equal("http", Text(server, "livenessProbe.httpGet.port"));
    }

    [Fact]
    public async Task DevOverlay_Rendered_OneSiloAndPostgresWithTheirSecrets()
    {
        var objects = await validator.RenderValidAsync("dev");
        var deployment = Single(objects, "Deployment", "royaltyledger");
        var secretName = Text(Env(ServerContainer(objects), "Storage__ConnectionString"), "valueFrom.secretKeyRef.name");
        var postgres = Single(objects, "StatefulSet", "postgres");

        Assert.Equal(1, At(deployment, "spec.replicas").GetInt32());
        Assert.Single(OfKind(objects, "Secret"), s => Text(s, "metadata.name") == secretName);
        Assert.Single(OfKind(objects, "Service"), s => Text(s, "metadata.name") == "postgres");
        var postgresSecret = Text(At(At(postgres, "spec.template.spec.containers")[0], "envFrom")[0], "secretRef.name");
        Assert.Single(OfKind(objects, "Secret"), s => Text(s, "metadata.name") == postgresSecret);
    }

    [Fact]
    public async Task ProdOverlay_Rendered_ThreeSilosRollingWithoutLosingOne()
    {
        var objects = await validator.RenderValidAsync("prod");
        var deployment = Single(objects, "Deployment", "royaltyledger");
        var podLabels = At(deployment, "spec.template.metadata.labels");

        Assert.True(At(deployment, "spec.replicas").GetInt32() >= 3, "prod runs at least 3 silos");
        Assert.Equal("RollingUpdate", Text(deployment, "spec.strategy.type"));
        Assert.Equal(0, At(deployment, "spec.strategy.rollingUpdate.maxUnavailable").GetInt32());
        var pdb = Single(objects, "PodDisruptionBudget", "royaltyledger");
        Assert.True(Selects(At(pdb, "spec.selector"), podLabels), "the PodDisruptionBudget must select the silo pods");
        Assert.Equal(1, At(pdb, "spec.maxUnavailable").GetInt32());
    }

    [Fact]
    public async Task ProdOverlay_Rendered_HpaOnCpuAndServiceMonitorOnMetrics()
    {
        var objects = await validator.RenderValidAsync("prod");
        var deployment = Single(objects, "Deployment", "royaltyledger");
        var hpa = Single(objects, "HorizontalPodAutoscaler", "royaltyledger");
        var monitor = Single(objects, "ServiceMonitor", "royaltyledger");
        var service = Single(objects, "Service", "royaltyledger");

        Assert.Equal("Deployment", Text(hpa, "spec.scaleTargetRef.kind"));
        Assert.Equal("royaltyledger", Text(hpa, "spec.scaleTargetRef.name"));
        Assert.True(At(hpa, "spec.minReplicas").GetInt32() >= At(deployment, "spec.replicas").GetInt32(), "the HPA must not scale below the deployment's silos");
        var metric = Assert.Single(At(hpa, "spec.metrics").EnumerateArray());
        Assert.Equal("cpu", Text(metric, "resource.name"));
        Assert.Equal("Utilization", Text(metric, "resource.target.type"));
        Assert.True(Selects(At(monitor, "spec.selector"), At(service, "metadata.labels")), "the ServiceMonitor must select the server's Service");
        var endpoint = Assert.Single(At(monitor, "spec.endpoints").EnumerateArray());
        Assert.Equal("/metrics", Text(endpoint, "path"));
        Assert.Contains(At(service, "spec.ports").EnumerateArray(), p => Text(p, "name") == Text(endpoint, "port"));
    }

    [Fact]
    public async Task Validator_ObjectBreakingItsSchema_FailsNamingObjectAndField()
    {
        const string yaml = """
            apiVersion: apps/v1
            kind: Deployment
            metadata:
              name: broken
            spec:
              replicas: three
              selector:
                matchLabels:
                  app: broken
              template:
                metadata:
                  labels:
                    app: broken
                spec:
                  containers:
                    - name: server
                      image: royaltyledger:dev
            """;

        var result = await validator.ValidateAsync("broken", yaml);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Deployment broken", result.Error, StringComparison.Ordinal);
        Assert.Contains("/spec/replicas must be integer", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validator_KindWithoutSchema_Fails()
    {
        const string yaml = """
            apiVersion: example.com/v1
            kind: Gadget
            metadata:
              name: g
            """;

        var result = await validator.ValidateAsync("unknown", yaml);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("Gadget g: no schema for example.com/v1 Gadget", result.Error, StringComparison.Ordinal);
    }
}
