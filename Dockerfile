# syntax=docker/dockerfile:1
# RoyaltyLedger server image: `docker build -t royaltyledger:dev .` from the repository root.
# Two stages: the SDK builds and publishes, the ASP.NET runtime image runs it as a non-root user. k8s/ deploys it;
# tests/RoyaltyLedger.Server.Tests/Deployment/DockerfileTests.cs checks these rules on every test run.

FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src

# Restore first, from the project files alone, so that a source change does not invalidate the package layer.
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig ./
COPY src/RoyaltyLedger.Domain/RoyaltyLedger.Domain.csproj src/RoyaltyLedger.Domain/
COPY src/RoyaltyLedger.Contracts/RoyaltyLedger.Contracts.csproj src/RoyaltyLedger.Contracts/
COPY src/RoyaltyLedger.Grains.Abstractions/RoyaltyLedger.Grains.Abstractions.csproj src/RoyaltyLedger.Grains.Abstractions/
COPY src/RoyaltyLedger.Application/RoyaltyLedger.Application.csproj src/RoyaltyLedger.Application/
COPY src/RoyaltyLedger.Grains/RoyaltyLedger.Grains.csproj src/RoyaltyLedger.Grains/
COPY src/RoyaltyLedger.Storage/RoyaltyLedger.Storage.csproj src/RoyaltyLedger.Storage/
COPY src/RoyaltyLedger.Client/RoyaltyLedger.Client.csproj src/RoyaltyLedger.Client/
COPY src/RoyaltyLedger.Server/RoyaltyLedger.Server.csproj src/RoyaltyLedger.Server/
COPY src/RoyaltyLedger.Cli/RoyaltyLedger.Cli.csproj src/RoyaltyLedger.Cli/
RUN dotnet restore src/RoyaltyLedger.Server/RoyaltyLedger.Server.csproj \
 && dotnet restore src/RoyaltyLedger.Cli/RoyaltyLedger.Cli.csproj

COPY protos/ protos/
COPY src/ src/
# The CLI ships beside the server so that `kubectl exec ... -- royalty ledger verify` works inside a pod.
RUN dotnet publish src/RoyaltyLedger.Server/RoyaltyLedger.Server.csproj -c Release --no-restore -o /app/server \
 && dotnet publish src/RoyaltyLedger.Cli/RoyaltyLedger.Cli.csproj -c Release --no-restore -o /app/cli

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
# The image's own unprivileged user (APP_UID 1654, "app"), by number so that Kubernetes' runAsNonRoot can check it.
ARG APP_USER=1654
WORKDIR /app
COPY --from=build --chown=root:root /app/server/ /app/
COPY --from=build --chown=root:root /app/cli/ /app/cli/
RUN mkdir -p /var/lib/royaltyledger \
 && chown "$APP_USER:$APP_USER" /var/lib/royaltyledger \
 && ln -s /app/cli/royalty /usr/local/bin/royalty

# All interfaces inside the container (the server's own default is loopback only); SQLite files and the first admin
# key go to the volume. On a cluster, Storage__Provider=postgres and the silo settings come from k8s/.
ENV ASPNETCORE_URLS=http://+:5080 \
    ASPNETCORE_HTTP_PORTS= \
    Storage__DataDirectory=/var/lib/royaltyledger
VOLUME ["/var/lib/royaltyledger"]
# 5080: gRPC, /healthz and /metrics on one port; 11111: silo to silo; 30000: Orleans client gateway.
EXPOSE 5080 11111 30000

USER 1654:1654
ENTRYPOINT ["dotnet", "/app/RoyaltyLedger.Server.dll"]
