print("harvestsim")
