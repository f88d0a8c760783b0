# Build with the SDK, run on the small runtime image as a non-root user.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /source
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig appsettings.json ./
COPY src/HipBot/HipBot.csproj src/HipBot/
RUN dotnet restore src/HipBot/HipBot.csproj
COPY src/ src/
RUN dotnet publish src/HipBot/HipBot.csproj --no-restore -c Release -o /app

FROM mcr.microsoft.com/dotnet/runtime:10.0 AS runtime
WORKDIR /app
COPY --from=build /app ./
# The database lives on a volume so it survives new images; the token comes from the environment at run time.
RUN mkdir -p /data && chown app:app /data
VOLUME ["/data"]
ENV Database__Path=/data/hipbot.db
USER app
ENTRYPOINT ["dotnet", "HipBot.dll"]
