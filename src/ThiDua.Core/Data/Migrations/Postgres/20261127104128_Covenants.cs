using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Covenants : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Covenants",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    ClusterId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    HeadUnitId = table.Column<int>(type: "integer", nullable: false),
                    Title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Status = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: false),
                    MaxPoints = table.Column<int>(type: "integer", nullable: false),
                    LeadingSeats = table.Column<int>(type: "integer", nullable: false),
                    OpenedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ReviewedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ScoringStartedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    ClosedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    LastReason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: true),
                    ReviewSummary = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Covenants", x => x.Id);
                    table.ForeignKey(
                        name: "FK_Covenants_Clusters_ClusterId",
                        column: x => x.ClusterId,
                        principalTable: "Clusters",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_Covenants_Units_HeadUnitId",
                        column: x => x.HeadUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CovenantCommitments",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Text = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    Indicator = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    TargetValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    TargetUnit = table.Column<string>(type: "character varying(50)", maxLength: 50, nullable: true),
                    ProgressValue = table.Column<decimal>(type: "numeric(18,2)", precision: 18, scale: 2, nullable: true),
                    ProgressPercent = table.Column<decimal>(type: "numeric(9,2)", precision: 9, scale: 2, nullable: true),
                    ProgressComment = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantCommitments", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantCommitments_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantCriteria",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    MaxPoints = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantCriteria", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantCriteria_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "CovenantResults",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Rank = table.Column<int>(type: "integer", nullable: false),
                    AverageHundredths = table.Column<int>(type: "integer", nullable: false),
                    Votes = table.Column<int>(type: "integer", nullable: false),
                    IsLeading = table.Column<bool>(type: "boolean", nullable: false),
                    Explanation = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantResults", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantResults_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CovenantResults_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CovenantSignatures",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    UserId = table.Column<int>(type: "integer", nullable: true),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    Method = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    SignedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantSignatures", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantSignatures_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CovenantSignatures_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CovenantVotes",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    VoterUnitId = table.Column<int>(type: "integer", nullable: false),
                    ChosenUnitId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantVotes", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantVotes_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CovenantVotes_Units_ChosenUnitId",
                        column: x => x.ChosenUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CovenantVotes_Units_VoterUnitId",
                        column: x => x.VoterUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "CovenantScores",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CovenantId = table.Column<int>(type: "integer", nullable: false),
                    ScorerUnitId = table.Column<int>(type: "integer", nullable: false),
                    ScoredUnitId = table.Column<int>(type: "integer", nullable: false),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    Hundredths = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CovenantScores", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CovenantScores_CovenantCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "CovenantCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CovenantScores_Covenants_CovenantId",
                        column: x => x.CovenantId,
                        principalTable: "Covenants",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_CovenantScores_Units_ScoredUnitId",
                        column: x => x.ScoredUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CovenantScores_Units_ScorerUnitId",
                        column: x => x.ScorerUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CovenantCommitments_CovenantId_Order",
                table: "CovenantCommitments",
                columns: new[] { "CovenantId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantCriteria_CovenantId_Order",
                table: "CovenantCriteria",
                columns: new[] { "CovenantId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantResults_CovenantId_UnitId",
                table: "CovenantResults",
                columns: new[] { "CovenantId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantResults_UnitId_IsLeading",
                table: "CovenantResults",
                columns: new[] { "UnitId", "IsLeading" });

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_ClusterId_Year",
                table: "Covenants",
                columns: new[] { "ClusterId", "Year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_HeadUnitId",
                table: "Covenants",
                column: "HeadUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_Covenants_Year",
                table: "Covenants",
                column: "Year");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantScores_CovenantId_ScorerUnitId_ScoredUnitId_Criteri~",
                table: "CovenantScores",
                columns: new[] { "CovenantId", "ScorerUnitId", "ScoredUnitId", "CriterionId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantScores_CriterionId",
                table: "CovenantScores",
                column: "CriterionId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantScores_ScoredUnitId",
                table: "CovenantScores",
                column: "ScoredUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantScores_ScorerUnitId",
                table: "CovenantScores",
                column: "ScorerUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantSignatures_CovenantId_UnitId",
                table: "CovenantSignatures",
                columns: new[] { "CovenantId", "UnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantSignatures_UnitId",
                table: "CovenantSignatures",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantVotes_ChosenUnitId",
                table: "CovenantVotes",
                column: "ChosenUnitId");

            migrationBuilder.CreateIndex(
                name: "IX_CovenantVotes_CovenantId_VoterUnitId_ChosenUnitId",
                table: "CovenantVotes",
                columns: new[] { "CovenantId", "VoterUnitId", "ChosenUnitId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CovenantVotes_VoterUnitId",
                table: "CovenantVotes",
                column: "VoterUnitId");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CovenantCommitments");

            migrationBuilder.DropTable(
                name: "CovenantResults");

            migrationBuilder.DropTable(
                name: "CovenantScores");

            migrationBuilder.DropTable(
                name: "CovenantSignatures");

            migrationBuilder.DropTable(
                name: "CovenantVotes");

            migrationBuilder.DropTable(
                name: "CovenantCriteria");

            migrationBuilder.DropTable(
                name: "Covenants");
        }
    }
}
