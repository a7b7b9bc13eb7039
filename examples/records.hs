-- Records: construction, field access, update, and derived Show.
data Person = Person
  { firstName :: String,
    lastName :: String,
    age :: Int,
    email :: Maybe String
  }
  deriving (Show, Eq)

data Account = Account {owner :: Person, balance :: Integer} deriving (Show)

birthday :: Person -> Person
birthday p = p {age = age p + 1}

fullName :: Person -> String
fullName Person {firstName = f, lastName = l} = f ++ " " ++ l

main :: IO ()
main = do
  let alice = Person {firstName = "Alice", lastName = "Smith", age = 30, email = Just "alice@example.com"}
      bob = Person "Bob" "Jones" 25 Nothing
  print alice
  print (birthday bob)
  putStrLn (fullName alice)
  print (alice == alice, alice == bob)
  print (Account {owner = bob, balance = -1500})
  print (map age [alice, bob, birthday (birthday bob)])
  print ((birthday alice) {email = Nothing})
