global using GraphQL.MicrosoftDI;
