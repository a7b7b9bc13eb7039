module Bank.Types (Name, Amount, Tx(..), TxError(..), Pretty(..)) where

type Name = String
type Amount = Int

data Tx = Deposit Name Amount | Withdraw Name Amount | Transfer Name Name Amount
  deriving (Show, Eq)

data TxError = UnknownAccount Name | InsufficientFunds Name Amount
  deriving (Show, Eq)

-- A class exported with instances in other modules.
class Pretty a where
  pretty :: a -> String
  prettyList :: [a] -> String
  prettyList xs = unlines (map pretty xs)

instance Pretty Tx where
  pretty (Deposit n a) = n ++ " +" ++ show a
  pretty (Withdraw n a) = n ++ " -" ++ show a
  pretty (Transfer f t a) = f ++ " -> " ++ t ++ " " ++ show a

instance Pretty Int where
  pretty n = "$" ++ show n

instance (Pretty a, Pretty b) => Pretty (a, b) where
  pretty (a, b) = pretty a ++ ": " ++ pretty b
