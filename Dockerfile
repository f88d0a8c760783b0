# Build with the SDK, run on the ASP.NET Core runtime image (Kestrel serves the webhook, /health and /metrics) as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY src/HipBot/HipBot.csproj src/HipBot/
RUN dotnet restore src/HipBot/HipBot.csproj
COPY src/ src/
RUN dotnet publish src/HipBot/HipBot.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/aspnet:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database lives on a volume so it survives new images; the token comes from the environment at run time.
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
ENV Database__Path=/data/hipbot.db
# Opened only when Http__ListenUrl is set (webhook mode, /health, /metrics), e.g. Http__ListenUrl=http://0.0.0.0:8080.
EXPOSE 8080
USER app
# Reads the report the running bot writes beside its database every 10 s: no port needed, so it works in polling mode.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "HipBot.dll", "--health"]
ENTRYPOINT ["dotnet", "HipBot.dll"]
