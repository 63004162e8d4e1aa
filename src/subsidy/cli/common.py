ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
WActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
'ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
qActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
CActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
kActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
[ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
TActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
]ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
[ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
BActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
DActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
YActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
RActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
执ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
行ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
操ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
作ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
的ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
用ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
户ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
名ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
（ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
须ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
为ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
已ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
启ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
用ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
的ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
用ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
户ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
，ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
决ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
定ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
角ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
色ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
与ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
权ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
限ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
；ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
默ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
认ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
取ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
环ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
境ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
变ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
量ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
BActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
DActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
YActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
RActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
）ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
。ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
命ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
令ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
行ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
供ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
服ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
务ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
器ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
上ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
的ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
运ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
维ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
人ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
员ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
使ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
用ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
，ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
业ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
务ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
人ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
员ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
通ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
过ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
网ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
页ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
端ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
登ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
录ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
]ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
TActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
[ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
|ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
NActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
业ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
务ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
日ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
期ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
（ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
默ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
认ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
今ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
天ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
）ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
，ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
如ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
2ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
2ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
6ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
6ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
1ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
]ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
|ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
NActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
>ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
NActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
VActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
CActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
「ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
{ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
}ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
」ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
不ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
是ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
日ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
期ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
写ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
成ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
2ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
2ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
6ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
6ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
1ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
>ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
PActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
wActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
5ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
万ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
元ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
3ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
0ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
元ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
`ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
MActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
FActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
MActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
FActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
CActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
,ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
>ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
NActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
kActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
kActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
wActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
/ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
<ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
>ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
PActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
PActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
vActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
[ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
3ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
]ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
/ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
@ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
xActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
-ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
>ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
[ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
]ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
OActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
bActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
BActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
IActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
DActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
YActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
DActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
TActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
BActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
AActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
EActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
UActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
RActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
LActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
;ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
uActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
SActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
QActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
LActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
"ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
=ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
mActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
kActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
rActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
wActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
tActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
hActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
_ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
cActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
fActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
aActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
lActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
yActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
:ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
 ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
gActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
nActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
.ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
dActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
iActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
pActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
oActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
sActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
eActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
(ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
)ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]

ActorOpt = Annotated[str, typer.Option(
    "--as", envvar="SUBSIDY_USER",
    help="以哪个用户执行（须为已启用的用户，其角色与单位决定权限；默认取 SUBSIDY_USER）。"
         "命令行供服务器运维人员使用，业务人员通过网页端登录")]
