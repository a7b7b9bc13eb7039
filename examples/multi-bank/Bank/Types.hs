module Bank.Types (Tx (..), Pretty (..)) where

data Tx
  = Deposit String Integer
  | Withdraw String Integer
  | Transfer String String Integer
  deriving (Show, Eq)

class Pretty a where
  pretty :: a -> String
  prettyList :: [a] -> String
  prettyList xs = unlines (map pretty xs)

instance Pretty Tx where
  pretty (Deposit n a) = "+" ++ show a ++ " " ++ n
  pretty (Withdraw n a) = "-" ++ show a ++ " " ++ n
  pretty (Transfer f t a) = show a ++ " " ++ f ++ " -> " ++ t
