using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace ThiDua.Core.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class Decisions : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<int>(
                name: "DecisionLineId",
                table: "AwardRecords",
                type: "integer",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationGround",
                table: "AwardRecords",
                type: "character varying(32)",
                maxLength: 32,
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "RevocationRef",
                table: "AwardRecords",
                type: "character varying(300)",
                maxLength: 300,
                nullable: true);

            migrationBuilder.CreateTable(
                name: "AwardDecisions",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    IssuingUnitId = table.Column<int>(type: "integer", nullable: false),
                    Status = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    Number = table.Column<int>(type: "integer", nullable: true),
                    NumberYear = table.Column<int>(type: "integer", nullable: true),
                    Symbol = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    Date = table.Column<DateOnly>(type: "date", nullable: false),
                    Code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    Kind = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: false),
                    PeriodFrom = table.Column<int>(type: "integer", nullable: false),
                    PeriodTo = table.Column<int>(type: "integer", nullable: false),
                    Achievement = table.Column<string>(type: "character varying(2000)", maxLength: 2000, nullable: false),
                    IssuerTitle = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    LegalBases = table.Column<string>(type: "character varying(8000)", maxLength: 8000, nullable: false),
                    ProposedBy = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    SignerForm = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    SignerPosition = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerName = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    SignerPrincipal = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    Recipients = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false),
                    Fund = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    Executors = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    IssuedAt = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    IssuedBy = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RevocationGround = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    RevocationRef = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true),
                    SearchText = table.Column<string>(type: "character varying(4000)", maxLength: 4000, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardDecisions", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardDecisions_Units_IssuingUnitId",
                        column: x => x.IssuingUnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "BaseSalaries",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    EffectiveFrom = table.Column<DateOnly>(type: "date", nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    Source = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    Checked = table.Column<bool>(type: "boolean", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_BaseSalaries", x => x.Id);
                });

            migrationBuilder.CreateTable(
                name: "AwardDecisionLines",
                columns: table => new
                {
                    Id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    DecisionId = table.Column<int>(type: "integer", nullable: false),
                    Order = table.Column<int>(type: "integer", nullable: false),
                    PersonId = table.Column<int>(type: "integer", nullable: true),
                    UnitId = table.Column<int>(type: "integer", nullable: true),
                    Name = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    PositionAndUnit = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: false),
                    ProposalId = table.Column<int>(type: "integer", nullable: true),
                    Coefficient = table.Column<decimal>(type: "numeric(9,3)", precision: 9, scale: 3, nullable: false),
                    Amount = table.Column<long>(type: "bigint", nullable: false),
                    RevokedOn = table.Column<DateOnly>(type: "date", nullable: true),
                    RevocationReason = table.Column<string>(type: "character varying(500)", maxLength: 500, nullable: true),
                    RevocationGround = table.Column<string>(type: "character varying(24)", maxLength: 24, nullable: true),
                    RevocationRef = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_AwardDecisionLines", x => x.Id);
                    table.ForeignKey(
                        name: "FK_AwardDecisionLines_AwardDecisions_DecisionId",
                        column: x => x.DecisionId,
                        principalTable: "AwardDecisions",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "FK_AwardDecisionLines_People_PersonId",
                        column: x => x.PersonId,
                        principalTable: "People",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "FK_AwardDecisionLines_Units_UnitId",
                        column: x => x.UnitId,
                        principalTable: "Units",
                        principalColumn: "Id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "IX_AwardRecords_DecisionLineId",
                table: "AwardRecords",
                column: "DecisionLineId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisionLines_DecisionId_Order",
                table: "AwardDecisionLines",
                columns: new[] { "DecisionId", "Order" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisionLines_PersonId",
                table: "AwardDecisionLines",
                column: "PersonId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisionLines_ProposalId",
                table: "AwardDecisionLines",
                column: "ProposalId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisionLines_UnitId",
                table: "AwardDecisionLines",
                column: "UnitId");

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_IssuingUnitId_Date",
                table: "AwardDecisions",
                columns: new[] { "IssuingUnitId", "Date" });

            migrationBuilder.CreateIndex(
                name: "IX_AwardDecisions_IssuingUnitId_NumberYear_Number",
                table: "AwardDecisions",
                columns: new[] { "IssuingUnitId", "NumberYear", "Number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "IX_BaseSalaries_EffectiveFrom",
                table: "BaseSalaries",
                column: "EffectiveFrom",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "AwardDecisionLines");

            migrationBuilder.DropTable(
                name: "BaseSalaries");

            migrationBuilder.DropTable(
                name: "AwardDecisions");

            migrationBuilder.DropIndex(
                name: "IX_AwardRecords_DecisionLineId",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "DecisionLineId",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "RevocationGround",
                table: "AwardRecords");

            migrationBuilder.DropColumn(
                name: "RevocationRef",
                table: "AwardRecords");
        }
    }
}
