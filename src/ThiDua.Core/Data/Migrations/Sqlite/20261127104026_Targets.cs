using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Sqlite
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    Name = table.Column<string>(type: "TEXT", maxLength: 300, nullable: false),
                    NumeratorLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    DenominatorLabel = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    HigherIsBetter = table.Column<bool>(type: "INTEGER", nullable: false),
                    KeyTarget = table.Column<bool>(type: "INTEGER", nullable: false),
                    RankingPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    Active = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_Indicators", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "RankingGrades",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    Code = table.Column<string>(type: "TEXT", maxLength: 8, nullable: false),
                    Order = table.Column<int>(type: "INTEGER", nullable: false),
                    MinPoints = table.Column<int>(type: "INTEGER", nullable: false),
                    RequiresKeyTargets = table.Column<bool>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_RankingGrades", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "CriterionIndicators",
                columns: table => new
                {
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    CriterionId = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Month = table.Column<int>(type: "INTEGER", nullable: false),
                    Numerator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: false),
                    Denominator = table.Column<decimal>(type: "TEXT", precision: 20, scale: 2, nullable: false)
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
                    Id = table.Column<int>(type: "INTEGER", nullable: false)
                        .Annotation("Sqlite:Autoincrement", true),
                    UnitId = table.Column<int>(type: "INTEGER", nullable: false),
                    Year = table.Column<int>(type: "INTEGER", nullable: false),
                    IndicatorId = table.Column<int>(type: "INTEGER", nullable: false),
                    Percent = table.Column<decimal>(type: "TEXT", precision: 5, scale: 2, nullable: false)
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
