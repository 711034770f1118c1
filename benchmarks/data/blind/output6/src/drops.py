DROP = [
 # supported
 "Greyson Surfacing warned", "The 8% discount saves", "Linden Housing pays nothing", "Arcwall's renewal reminder went",
 "The replacement disk was fitted", "Dmitri Volkov, the runner-up", "Aisha Bello will be the buddy", "The expo runs for three days",
 "The guest list shrank", "The GBP 960 deposit was a quarter", "An in-house R&D specialist", "The awards begin an hour",
 "Viktor said the outage", "The mixer first delivered", "The installation was rebooked", "Department heads must send",
 "The support calls stopped", "Copperleaf gave no view", "With the stage at the north end, the fire officer would not",
 "Tallis Print's two blue-badge", "Anneliese agreed that marketing",
 # unsupported
 "The overflow field behind Unit 9", "Noor thanked Gregor", "Three of the laptops", "Felix asked Amara",
 "Automatic renewal had been failing since 5 June", "Rashid's strong first reference", "The balance still owed",
 "The port charged five days", "Helen asked Bogdan", "Idris added a GBP 47.60", "The credit will appear on Stellar's August",
 "The card readers will be replaced on Saturday 7", "Patrick sent Jade", "The laptop was stolen from Hugo's home",
 "Two of the four disks", "Dr Okoye asked Ines", "Tobias will work five days", "Marco has not yet received",
]
