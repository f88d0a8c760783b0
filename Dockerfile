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
# glibc gives threads that allocate at once heaps of their own ("arenas"), up to eight per core, and space freed in one
# serves that one only. SQLite's page cache is allocated on whichever pool thread runs the writer at that moment, so it
# spread over many arenas, each keeping free space the others could not use. With two, the 1,000-a-second fan-out
# peaked at 143 MB instead of 153 (benchmarks/HipBot.Benchmarks/README.md, sixth pass). An environment variable,
# because glibc fixes its arena limit when the second arena is made, before HipBot's code runs.
ENV MALLOC_ARENA_MAX=2
# Opened only when Http__ListenUrl is set (webhook mode, /health, /metrics), e.g. Http__ListenUrl=http://0.0.0.0:8080.
EXPOSE 8080
USER app
# Reads the report the running bot writes beside its database every 10 s: no port needed, so it works in polling mode.
HEALTHCHECK --interval=30s --timeout=10s --start-period=30s --retries=3 CMD ["dotnet", "HipBot.dll", "--health"]
ENTRYPOINT ["dotnet", "HipBot.dll"]
