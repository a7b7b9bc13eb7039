-- Show edge cases: negatives in constructors, nested Maybe, escapes, infix constructors.
data V = V Int Integer deriving (Show)

data Op = Int :+: Int | Neg Op deriving (Show)

infixl 6 :+:

data T = T {f1 :: Int, f2 :: Maybe Int} deriving (Show)

data U = U deriving (Show)

newtype N = N Int deriving (Show)

main :: IO ()
main = do
  print (V (-3) (-4))
  print (Just (-5) :: Maybe Int)
  print (Just (Just Nothing) :: Maybe (Maybe (Maybe Int)))
  print [Just (Left 3), Just (Right 'x'), Nothing :: Maybe (Either Int Char)]
  print "tab\there \"quoted\" back\\slash newline\n"
  print "\1234\&5 \SOH\&H \DEL é"
  print ['a', '\'', '"', '\n', '\0', '\200']
  print (3 :+: 4)
  print (Neg ((-1) :+: 2))
  print (Just (1 :+: 2))
  print (T {f1 = -1, f2 = Just (-2)})
  print (U, [U], Just U)
  print (N (-9), Just (N 3))
  print ((-1, -2) :: (Int, Int), ((), ((), ())))
  print (Left (-0) :: Either Int Int)
  print ([] :: [Int], "" , [[1], [], [2, 3 :: Int]])
  print (minBound :: Int)
  putStrLn (showsPrec 11 (-5 :: Int) "")
  putStrLn (shows (12 :: Int) " apples")
  print (show (Just ""))
