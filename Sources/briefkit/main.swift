print("briefkit")
