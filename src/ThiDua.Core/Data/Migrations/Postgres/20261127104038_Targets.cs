using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Targets : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "Indicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    NumeratorLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    DenominatorLabel = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "boolean", nullable: false),
                    KeyTarget = table.Column<bool>(type: "boolean", nullable: false),
                    RankingPoints = table.Column<int>(type: "integer", nullable: false),
                    Active = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RankingGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    MinPoints = table.Column<int>(type: "integer", nullable: false),
                    RequiresKeyTargets = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingGrades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CriterionIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    CriterionId = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_CriterionIndicators", x => x.Id);
                    table.ForeignKey(
                        name: "FK_CriterionIndicators_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_CriterionIndicators_MovementCriteria_CriterionId",
                        column: x => x.CriterionId,
                        principalTable: "MovementCriteria",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "MonthlyActuals",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Month = table.Column<int>(type: "integer", nullable: false),
                    Numerator = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false),
                    Denominator = table.Column<decimal>(type: "numeric(20,2)", precision: 20, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_MonthlyActuals", x => x.Id);
                    table.ForeignKey(
                        name: "FK_MonthlyActuals_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_MonthlyActuals_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "UnitTargets",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    UnitId = table.Column<int>(type: "integer", nullable: false),
                    Year = table.Column<int>(type: "integer", nullable: false),
                    IndicatorId = table.Column<int>(type: "integer", nullable: false),
                    Percent = table.Column<decimal>(type: "numeric(5,2)", precision: 5, scale: 2, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_UnitTargets", x => x.Id);
                    table.ForeignKey(
                        name: "FK_UnitTargets_Indicators_IndicatorId",
                        column: x => x.IndicatorId,
                        principalTable: "Indicators",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_UnitTargets_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_CriterionIndicators_CriterionId",
                table: "CriterionIndicators",
                column: "CriterionId",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_CriterionIndicators_IndicatorId",
                table: "CriterionIndicators",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_Indicators_Code",
                table: "Indicators",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActuals_IndicatorId",
                table: "MonthlyActuals",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActuals_UnitId_Year_IndicatorId_Month",
                table: "MonthlyActuals",
                columns: new[] { "UnitId", "Year", "IndicatorId", "Month" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_MonthlyActuals_Year_IndicatorId",
                table: "MonthlyActuals",
                columns: new[] { "Year", "IndicatorId" });

            migrationBuilder.CreateIndex(
                name: "IX_RankingGrades_Code",
                table: "RankingGrades",
                column: "Code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitTargets_IndicatorId",
                table: "UnitTargets",
                column: "IndicatorId");

            migrationBuilder.CreateIndex(
                name: "IX_UnitTargets_UnitId_Year_IndicatorId",
                table: "UnitTargets",
                columns: new[] { "UnitId", "Year", "IndicatorId" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_UnitTargets_Year_IndicatorId",
                table: "UnitTargets",
                columns: new[] { "Year", "IndicatorId" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "CriterionIndicators");

            migrationBuilder.DropTable(
                name: "MonthlyActuals");

            migrationBuilder.DropTable(
                name: "RankingGrades");

            migrationBuilder.DropTable(
                name: "UnitTargets");

            migrationBuilder.DropTable(
                name: "Indicators");
        }
    }
}
